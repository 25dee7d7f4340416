import { InitialSchema1795362399546 } from './1795362399546-initial-schema';
import { GitHosting1795365110596 } from './1795365110596-git-hosting';
import { PullMirrors1795366422598 } from './1795366422598-pull-mirrors';
import { LicenseReports1795439000745 } from './1795439000745-license-reports';
import { ConductReports1795449154920 } from './1795449154920-conduct-reports';
import { Catalogue1795453604802 } from './1795453604802-catalogue';
import { CatalogueSearch1795455400000 } from './1795455400000-catalogue-search';

/** Applied in this order; a new migration is appended, never edited once released. */
export const MIGRATIONS = [InitialSchema1795362399546, GitHosting1795365110596, PullMirrors1795366422598, LicenseReports1795439000745, ConductReports1795449154920, Catalogue1795453604802, CatalogueSearch1795455400000];
