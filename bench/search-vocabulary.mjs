// The words bench/search.mjs builds its catalogue from: topics of public administration and its
// infrastructure, each with product names, German and English descriptions, features and the
// publiccode.yml categories that fit. Queries of the workload are drawn from the same words, so
// their selectivity is what a real catalogue of this size would show: a product name finds a few
// hundred components, a topic word thousands, a word of the generic sentences a large share.

export const TOPICS = [
  {
    names: ['nextcloud', 'owncloud', 'seafile', 'opencloud'],
    stems: ['cloud', 'ablage', 'drive', 'share', 'files'],
    de: { noun: 'Dateiablage', short: ['Gehärtete Dateiablage und Zusammenarbeit für Behörden', 'Cloud-Speicher mit Freigaben, Kalender und Kontakten', 'Sichere Dateisynchronisation für die Verwaltung'], long: ['Dateien werden verschlüsselt gespeichert und lassen sich mit anderen Behörden teilen.', 'Die Synchronisation läuft auf Arbeitsplätzen und mobilen Geräten.'], features: ['Dateifreigabe', 'Kalender', 'Kontakte', 'Versionierung', 'Ende-zu-Ende-Verschlüsselung', 'Virenprüfung'] },
    en: { short: ['Hardened file sharing and collaboration for public bodies', 'Cloud storage with sharing, calendar and contacts'], long: ['Files are stored encrypted and can be shared with other agencies.', 'Synchronisation works on desktops and mobile devices.'], features: ['file sharing', 'calendar', 'contacts', 'versioning', 'end-to-end encryption'] },
    categories: ['collaboration', 'document-management', 'web-collaboration'],
  },
  {
    names: ['postgresql', 'postgres-ha', 'patroni', 'pgbouncer', 'mariadb', 'mysql-galera'],
    stems: ['db', 'daten', 'store', 'sql', 'base'],
    de: { noun: 'Datenbank', short: ['PostgreSQL-Datenbank mit Hochverfügbarkeit und Sicherung', 'Relationale Datenbank für Fachverfahren', 'Datenbankcluster mit automatischem Failover'], long: ['Die Datenbank wird mit Replikation und Point-in-Time-Recovery betrieben.', 'Sicherungen werden täglich erstellt und verschlüsselt abgelegt.'], features: ['Replikation', 'Datensicherung', 'Failover', 'Verbindungspool', 'Überwachung'] },
    en: { short: ['Highly available PostgreSQL database with backups', 'Relational database for government applications'], long: ['The database runs with streaming replication and point-in-time recovery.', 'Backups are taken daily and stored encrypted.'], features: ['replication', 'backup', 'failover', 'connection pooling', 'monitoring'] },
    categories: ['it-management', 'backup', 'data-analytics'],
  },
  {
    names: ['keycloak', 'authentik', 'openldap', 'dex', 'bund-id-connector', 'servicekonto'],
    stems: ['login', 'ident', 'auth', 'key', 'pass'],
    de: { noun: 'Anmeldung', short: ['Zentrale Anmeldung und Benutzerverwaltung mit Single Sign-on', 'Identitätsverwaltung für Bürgerkonten und Beschäftigte', 'Anbindung an BundID und Nutzerkonten der Länder'], long: ['Die Anmeldung unterstützt OpenID Connect, SAML und die Zwei-Faktor-Authentifizierung.', 'Rollen und Berechtigungen werden zentral gepflegt.'], features: ['Single Sign-on', 'Zwei-Faktor-Authentifizierung', 'Benutzerverwaltung', 'Rollenverwaltung', 'Verzeichnisdienst'] },
    en: { short: ['Central login and user management with single sign-on', 'Identity management for citizen accounts and staff'], long: ['Login supports OpenID Connect, SAML and two-factor authentication.', 'Roles and permissions are managed centrally.'], features: ['single sign-on', 'two-factor authentication', 'user management', 'identity federation'] },
    categories: ['identity-management', 'it-security'],
  },
  {
    names: ['buergerportal', 'serviceportal', 'ozg-portal', 'buergerservice', 'online-dienste'],
    stems: ['portal', 'service', 'antrag', 'buerger', 'amt'],
    de: { noun: 'Bürgerportal', short: ['Bürgerportal für Online-Dienste nach dem Onlinezugangsgesetz', 'Serviceportal der Kommune mit Antragsstrecken', 'Online-Anträge für Bürgerinnen und Bürger'], long: ['Anträge werden online gestellt, bezahlt und an das Fachverfahren übergeben.', 'Das Portal ist barrierefrei nach BITV 2.0.'], features: ['Antragsstrecken', 'Online-Bezahlung', 'Postfach', 'Barrierefreiheit', 'Statusverfolgung'] },
    en: { short: ['Citizen portal for online services under the Online Access Act', 'Municipal service portal with application forms'], long: ['Applications are submitted online, paid and handed to the back-office system.', 'The portal meets accessibility requirements.'], features: ['online applications', 'online payment', 'mailbox', 'accessibility'] },
    categories: ['digital-citizenship', 'customer-service-and-support', 'payment-gateway'],
  },
  {
    names: ['terminvergabe', 'termin-online', 'zmsadmin', 'calendso', 'buergeramt-termine'],
    stems: ['termin', 'kalender', 'slot', 'warte', 'besuch'],
    de: { noun: 'Terminvereinbarung', short: ['Online-Terminvereinbarung für Bürgerämter', 'Terminvergabe mit Warteschlange und Aufrufanlage', 'Termine buchen, verschieben und absagen'], long: ['Bürgerinnen und Bürger buchen Termine rund um die Uhr.', 'Die Aufrufanlage zeigt die Wartenummern im Wartebereich.'], features: ['Terminbuchung', 'Erinnerungen', 'Wartenummern', 'Kalenderabgleich', 'Statistik'] },
    en: { short: ['Online appointment booking for citizen offices', 'Appointment scheduling with queue management'], long: ['Citizens book appointments around the clock.', 'A display system calls waiting numbers in the waiting area.'], features: ['appointment booking', 'reminders', 'queue numbers', 'calendar sync'] },
    categories: ['appointment-scheduling', 'online-booking', 'visitor-management'],
  },
  {
    names: ['e-akte', 'dms-connector', 'alfresco', 'paperless', 'enaio-bridge', 'akte-digital'],
    stems: ['akte', 'dok', 'archiv', 'vorgang', 'scan'],
    de: { noun: 'E-Akte', short: ['Elektronische Akte und Dokumentenmanagement für die Verwaltung', 'Revisionssichere Ablage von Dokumenten', 'Schriftgutverwaltung nach dem Organisationskonzept'], long: ['Vorgänge, Dokumente und Akten werden revisionssicher abgelegt und archiviert.', 'Die Volltextsuche findet Dokumente auch in gescannten Unterlagen.'], features: ['Aktenplan', 'Volltextsuche', 'Texterkennung', 'Archivierung', 'Aussonderung', 'Workflow'] },
    en: { short: ['Electronic records and document management for administrations', 'Audit-proof storage of documents'], long: ['Cases, documents and records are stored and archived audit-proof.', 'Full-text search also finds scanned documents.'], features: ['file plan', 'full-text search', 'OCR', 'archiving', 'workflow'] },
    categories: ['document-management', 'digital-asset-management', 'workflow-management'],
  },
  {
    names: ['geoserver', 'mapbender', 'qgis-server', 'masterportal', 'geodatenportal', 'osm-tiles'],
    stems: ['geo', 'karte', 'map', 'gis', 'atlas'],
    de: { noun: 'Geodaten', short: ['Geodatenportal mit Karten und Geodiensten', 'Kartenserver für WMS, WFS und Vektorkacheln', 'Stadtplan und Geoinformation für Kommunen'], long: ['Geodaten werden nach INSPIRE bereitgestellt und als Karten veröffentlicht.', 'Luftbilder, Bebauungspläne und Liegenschaftskarten lassen sich überlagern.'], features: ['Kartenansicht', 'WMS', 'WFS', 'Vektorkacheln', 'Messwerkzeuge', 'Druckausgabe'] },
    en: { short: ['Geodata portal with maps and geo services', 'Map server for WMS, WFS and vector tiles'], long: ['Geodata is published following INSPIRE and shown as maps.', 'Aerial images, zoning plans and cadastral maps can be overlaid.'], features: ['map viewer', 'WMS', 'WFS', 'vector tiles', 'measuring tools'] },
    categories: ['geographic-information-systems', 'data-visualization'],
  },
  {
    names: ['ratsinformation', 'sitzungsdienst', 'openslides', 'allris-export', 'politik-bei-uns'],
    stems: ['rat', 'gremium', 'sitzung', 'vorlage', 'votum'],
    de: { noun: 'Ratsinformationssystem', short: ['Ratsinformationssystem für Sitzungen, Vorlagen und Beschlüsse', 'Sitzungsdienst für Gemeinderat und Ausschüsse', 'Digitale Gremienarbeit mit Abstimmungen'], long: ['Tagesordnungen, Vorlagen und Niederschriften werden veröffentlicht.', 'Mandatsträger erhalten ihre Unterlagen digital.'], features: ['Tagesordnung', 'Vorlagen', 'Niederschrift', 'Abstimmung', 'Livestream'] },
    en: { short: ['Council information system for meetings, proposals and decisions', 'Meeting management for councils and committees'], long: ['Agendas, proposals and minutes are published.', 'Council members receive their documents digitally.'], features: ['agenda', 'proposals', 'minutes', 'voting'] },
    categories: ['event-management', 'regulations-and-directives', 'collaboration'],
  },
  {
    names: ['matrix-synapse', 'element-web', 'rocketchat', 'jitsi-meet', 'bigbluebutton', 'mattermost'],
    stems: ['chat', 'meet', 'video', 'talk', 'konferenz'],
    de: { noun: 'Videokonferenz', short: ['Videokonferenzen und Chat für Verwaltung und Schulen', 'Souveräne Kommunikation mit Matrix und Jitsi', 'Messenger für die sichere Kommunikation in Behörden'], long: ['Videokonferenzen laufen im eigenen Rechenzentrum ohne Datenabfluss.', 'Chats sind Ende-zu-Ende verschlüsselt und föderiert.'], features: ['Videokonferenz', 'Chat', 'Bildschirmfreigabe', 'Föderation', 'Aufzeichnung'] },
    en: { short: ['Video conferencing and chat for administrations and schools', 'Sovereign communication with Matrix and Jitsi'], long: ['Video conferences run in your own data centre.', 'Chats are end-to-end encrypted and federated.'], features: ['video conferencing', 'chat', 'screen sharing', 'federation'] },
    categories: ['video-conferencing', 'instant-messaging', 'communications'],
  },
  {
    names: ['moodle', 'ilias', 'schulcloud', 'lernplattform', 'schul-verwaltung'],
    stems: ['lern', 'schul', 'kurs', 'campus', 'klasse'],
    de: { noun: 'Lernplattform', short: ['Lernplattform für Schulen und Fortbildung', 'Schulverwaltung mit Stundenplan und Noten', 'Digitale Bildung für Lehrkräfte und Schüler'], long: ['Kurse, Aufgaben und Prüfungen werden online bereitgestellt.', 'Die Plattform ist an das Landesschulnetz angebunden.'], features: ['Kurse', 'Aufgaben', 'Prüfungen', 'Stundenplan', 'Elternportal'] },
    en: { short: ['Learning platform for schools and training', 'School administration with timetables and grades'], long: ['Courses, assignments and exams are provided online.', 'The platform connects to the state school network.'], features: ['courses', 'assignments', 'exams', 'timetable'] },
    categories: ['learning-management-system', 'educational-content'],
  },
  {
    names: ['prometheus-stack', 'grafana-dashboards', 'loki', 'alertmanager', 'zabbix', 'icinga'],
    stems: ['monitor', 'metrik', 'alarm', 'log', 'watch'],
    de: { noun: 'Überwachung', short: ['Überwachung und Alarmierung für Rechenzentren', 'Monitoring mit Prometheus, Grafana und Loki', 'Protokollierung und Metriken für Fachverfahren'], long: ['Metriken, Protokolle und Alarme laufen in einer Oberfläche zusammen.', 'Bereitschaftsdienste werden per E-Mail und Messenger alarmiert.'], features: ['Metriken', 'Dashboards', 'Alarmierung', 'Protokollsuche', 'Verfügbarkeit'] },
    en: { short: ['Monitoring and alerting for data centres', 'Monitoring with Prometheus, Grafana and Loki'], long: ['Metrics, logs and alerts come together in one interface.', 'On-call staff are alerted by e-mail and chat.'], features: ['metrics', 'dashboards', 'alerting', 'log search', 'uptime'] },
    categories: ['it-management', 'network-management', 'it-service-management'],
  },
  {
    names: ['ingress-nginx', 'traefik', 'cert-manager', 'external-dns', 'kube-hardening', 'opa-policies'],
    stems: ['kube', 'cluster', 'ingress', 'pod', 'helm'],
    de: { noun: 'Kubernetes', short: ['Gehärtete Kubernetes-Bausteine für den Betrieb', 'Ingress und Zertifikate für Kubernetes-Cluster', 'Richtlinien und Härtung für Container-Plattformen'], long: ['Die Bausteine folgen den Vorgaben des BSI-Grundschutzes.', 'Zertifikate werden automatisch erneuert.'], features: ['Ingress', 'TLS-Zertifikate', 'Netzwerkrichtlinien', 'Pod-Sicherheit', 'Helm'] },
    en: { short: ['Hardened Kubernetes building blocks for operations', 'Ingress and certificates for Kubernetes clusters'], long: ['The building blocks follow BSI baseline protection.', 'Certificates are renewed automatically.'], features: ['ingress', 'TLS certificates', 'network policies', 'pod security'] },
    categories: ['cloud-management', 'it-security', 'it-management'],
  },
  {
    names: ['formularserver', 'form-solutions', 'xoev-formulare', 'formcycle-connector', 'antragsgenerator'],
    stems: ['form', 'formular', 'eingabe', 'feld', 'antrag'],
    de: { noun: 'Formular', short: ['Formularserver für barrierefreie Online-Formulare', 'Formulare mit XÖV-Schnittstelle erstellen und auswerten', 'Antragsformulare ohne Programmierung gestalten'], long: ['Formulare werden im Baukasten erstellt und prüfen Eingaben sofort.', 'Eingaben werden als XÖV-Nachricht an Fachverfahren übermittelt.'], features: ['Formulardesigner', 'Plausibilitätsprüfung', 'XÖV', 'PDF-Erzeugung', 'Barrierefreiheit'] },
    en: { short: ['Form server for accessible online forms', 'Create and evaluate forms with XÖV interfaces'], long: ['Forms are built in a designer and validate input immediately.', 'Submissions are sent to back-office systems as XÖV messages.'], features: ['form designer', 'validation', 'XÖV', 'PDF generation'] },
    categories: ['data-collection', 'survey', 'digital-citizenship'],
  },
  {
    names: ['xta-client', 'fit-connect-sdk', 'osci-transport', 'xrechnung-validator', 'peppol-gateway'],
    stems: ['xta', 'osci', 'bote', 'post', 'rechnung'],
    de: { noun: 'Schnittstelle', short: ['Bibliothek für den Nachrichtenaustausch über XTA und OSCI', 'FIT-Connect-Anbindung für Fachverfahren', 'Validierung und Versand von XRechnungen'], long: ['Nachrichten werden signiert, verschlüsselt und zuverlässig zugestellt.', 'E-Rechnungen werden gegen das XRechnung-Schema geprüft.'], features: ['XTA', 'OSCI', 'Signatur', 'Verschlüsselung', 'E-Rechnung', 'Validierung'] },
    en: { short: ['Library for message exchange over XTA and OSCI', 'FIT-Connect integration for government systems'], long: ['Messages are signed, encrypted and delivered reliably.', 'E-invoices are validated against the XRechnung schema.'], features: ['XTA', 'OSCI', 'signature', 'encryption', 'e-invoicing'] },
    categories: ['application-development', 'billing-and-invoicing', 'it-development'],
  },
  {
    names: ['haushaltsplanung', 'doppik-export', 'kommunalfinanzen', 'kassenbuch', 'mittelbewirtschaftung'],
    stems: ['haushalt', 'kasse', 'finanz', 'buchung', 'etat'],
    de: { noun: 'Haushalt', short: ['Haushaltsplanung und Finanzwesen für Kommunen', 'Doppische Buchführung und Jahresabschluss', 'Auswertungen zum kommunalen Haushalt'], long: ['Der Haushaltsplan wird gemeinsam mit den Fachbereichen aufgestellt.', 'Kennzahlen und Berichte stehen tagesaktuell bereit.'], features: ['Haushaltsplan', 'Buchführung', 'Jahresabschluss', 'Kennzahlen', 'Berichte'] },
    en: { short: ['Budget planning and finance for municipalities', 'Accrual accounting and annual accounts'], long: ['The budget is drawn up together with the departments.', 'Figures and reports are available daily.'], features: ['budget plan', 'accounting', 'annual accounts', 'reports'] },
    categories: ['budgeting', 'accounting', 'financial-reporting'],
  },
  {
    names: ['open-data-portal', 'ckan', 'dkan', 'datenplattform', 'dcat-harvester'],
    stems: ['opendata', 'datensatz', 'katalog', 'statistik', 'dcat'],
    de: { noun: 'Open Data', short: ['Open-Data-Portal mit DCAT-AP.de-Metadaten', 'Offene Daten der Verwaltung veröffentlichen', 'Datenplattform für Statistik und Auswertungen'], long: ['Datensätze werden mit Metadaten nach DCAT-AP.de beschrieben und an GovData gemeldet.', 'Schnittstellen liefern die Daten maschinenlesbar aus.'], features: ['Datensätze', 'Metadaten', 'Harvesting', 'Programmierschnittstelle', 'Visualisierung'] },
    en: { short: ['Open data portal with DCAT-AP metadata', 'Publish open government data'], long: ['Datasets are described with DCAT-AP metadata and harvested by national portals.', 'APIs provide the data in machine-readable form.'], features: ['datasets', 'metadata', 'harvesting', 'API', 'visualisation'] },
    categories: ['data-analytics', 'data-visualization', 'knowledge-management'],
  },
  {
    names: ['typo3-kommune', 'drupal-gov', 'wordpress-verwaltung', 'neos-cms', 'webseitenbaukasten'],
    stems: ['web', 'cms', 'seite', 'redaktion', 'site'],
    de: { noun: 'Webseite', short: ['Barrierefreie Internetseite für Kommunen', 'Redaktionssystem mit Vorlagen im Landesdesign', 'Webseitenbaukasten für Behörden'], long: ['Redakteure pflegen Inhalte ohne Programmierkenntnisse.', 'Das Design folgt dem Styleguide des Landes.'], features: ['Redaktionssystem', 'Barrierefreiheit', 'Mehrsprachigkeit', 'Suchmaschinenoptimierung', 'Veranstaltungskalender'] },
    en: { short: ['Accessible website for municipalities', 'Content management with state design templates'], long: ['Editors maintain content without programming skills.', 'The design follows the state style guide.'], features: ['content management', 'accessibility', 'multilingual', 'SEO'] },
    categories: ['content-management', 'website-builder', 'blog'],
  },
  {
    names: ['openproject', 'redmine', 'taiga', 'kanboard', 'projektraum'],
    stems: ['projekt', 'plan', 'aufgabe', 'board', 'sprint'],
    de: { noun: 'Projektmanagement', short: ['Projektmanagement mit Gantt-Diagrammen und Aufgaben', 'Agile Zusammenarbeit für Projektteams der Verwaltung', 'Aufgabenverwaltung und Zeiterfassung'], long: ['Projekte werden mit Meilensteinen, Aufgaben und Budgets geplant.', 'Teams arbeiten mit Boards nach Scrum oder Kanban.'], features: ['Gantt-Diagramm', 'Aufgaben', 'Zeiterfassung', 'Boards', 'Wiki'] },
    en: { short: ['Project management with Gantt charts and tasks', 'Agile collaboration for public sector teams'], long: ['Projects are planned with milestones, tasks and budgets.', 'Teams work with Scrum or Kanban boards.'], features: ['Gantt chart', 'tasks', 'time tracking', 'boards', 'wiki'] },
    categories: ['project-management', 'task-management', 'agile-project-management'],
  },
  {
    names: ['collabora-online', 'onlyoffice', 'libreoffice-kiosk', 'cryptpad', 'etherpad'],
    stems: ['office', 'text', 'tabelle', 'pad', 'docs'],
    de: { noun: 'Bürosoftware', short: ['Bürosoftware im Browser für Texte und Tabellen', 'Gemeinsames Bearbeiten von Dokumenten', 'Office-Paket für den souveränen Arbeitsplatz'], long: ['Dokumente werden im offenen Format ODF gespeichert.', 'Mehrere Personen bearbeiten ein Dokument gleichzeitig.'], features: ['Textverarbeitung', 'Tabellenkalkulation', 'Präsentationen', 'Co-Editing', 'ODF'] },
    en: { short: ['Office suite in the browser for texts and spreadsheets', 'Collaborative document editing'], long: ['Documents are stored in the open ODF format.', 'Several people edit one document at the same time.'], features: ['word processing', 'spreadsheets', 'presentations', 'co-editing'] },
    categories: ['office', 'productivity-suite', 'collaboration'],
  },
  {
    names: ['abfallkalender', 'muellabfuhr-app', 'wertstoffhof', 'sperrmuell-online'],
    stems: ['abfall', 'muell', 'tonne', 'wertstoff', 'recycling'],
    de: { noun: 'Abfall', short: ['Abfallkalender mit Erinnerung an Abholtermine', 'Sperrmüll online anmelden', 'App für Müllabfuhr und Wertstoffhöfe'], long: ['Abholtermine werden nach Straße und Hausnummer angezeigt.', 'Erinnerungen kommen als Push-Nachricht oder E-Mail.'], features: ['Abholtermine', 'Erinnerung', 'Sperrmüllanmeldung', 'Standortkarte'] },
    en: { short: ['Waste collection calendar with reminders', 'Register bulky waste online'], long: ['Collection dates are shown by street and house number.', 'Reminders arrive as push notification or e-mail.'], features: ['collection dates', 'reminders', 'bulky waste', 'location map'] },
    categories: ['digital-citizenship', 'other'],
  },
  {
    names: ['kita-anmeldung', 'kitaplatz-portal', 'elternbeitrag', 'kindergarten-verwaltung'],
    stems: ['kita', 'kinder', 'betreuung', 'eltern', 'krippe'],
    de: { noun: 'Kita', short: ['Kita-Platzvergabe und Anmeldung für Eltern', 'Verwaltung von Kindertagesstätten und Elternbeiträgen', 'Online-Anmeldung für Betreuungsplätze'], long: ['Eltern melden ihren Betreuungsbedarf online an.', 'Die Platzvergabe berücksichtigt Kriterien der Satzung.'], features: ['Platzvergabe', 'Elternbeiträge', 'Warteliste', 'Bedarfsplanung'] },
    en: { short: ['Daycare place allocation and registration for parents', 'Managing daycare centres and fees'], long: ['Parents register their childcare needs online.', 'Allocation follows the municipal criteria.'], features: ['place allocation', 'fees', 'waiting list'] },
    categories: ['digital-citizenship', 'applicant-tracking', 'resource-management'],
  },
  {
    names: ['personalverwaltung', 'bewerberportal', 'zeiterfassung-kommune', 'urlaubsantrag', 'reisekosten'],
    stems: ['personal', 'hr', 'bewerber', 'zeit', 'urlaub'],
    de: { noun: 'Personal', short: ['Personalverwaltung und Bewerbermanagement für den öffentlichen Dienst', 'Zeiterfassung und Urlaubsanträge', 'Reisekostenabrechnung nach Bundesreisekostengesetz'], long: ['Stellen werden ausgeschrieben und Bewerbungen digital bearbeitet.', 'Arbeitszeiten werden nach Tarifvertrag ausgewertet.'], features: ['Stellenausschreibung', 'Bewerbungen', 'Zeiterfassung', 'Urlaubsplanung', 'Reisekosten'] },
    en: { short: ['HR and applicant management for the public service', 'Time tracking and leave requests'], long: ['Vacancies are advertised and applications processed digitally.', 'Working hours are evaluated according to the collective agreement.'], features: ['job postings', 'applications', 'time tracking', 'leave planning'] },
    categories: ['hr', 'employee-management', 'time-tracking', 'applicant-tracking'],
  },
  {
    names: ['ticketsystem', 'zammad', 'otrs-community', 'servicedesk', 'glpi'],
    stems: ['ticket', 'support', 'hilfe', 'desk', 'anfrage'],
    de: { noun: 'Ticketsystem', short: ['Ticketsystem für IT-Service und Bürgeranfragen', 'Servicedesk mit Wissensdatenbank', 'Anfragen aus E-Mail, Telefon und Chat bearbeiten'], long: ['Anfragen werden priorisiert, zugewiesen und mit Fristen überwacht.', 'Die Wissensdatenbank beantwortet häufige Fragen.'], features: ['Tickets', 'Wissensdatenbank', 'Eskalation', 'Servicekatalog', 'Inventar'] },
    en: { short: ['Ticket system for IT service and citizen requests', 'Service desk with knowledge base'], long: ['Requests are prioritised, assigned and tracked against deadlines.', 'The knowledge base answers frequent questions.'], features: ['tickets', 'knowledge base', 'escalation', 'asset inventory'] },
    categories: ['help-desk', 'service-desk', 'it-service-management', 'it-asset-management'],
  },
  {
    names: ['beteiligung', 'decidim', 'consul-democracy', 'buergerhaushalt', 'mitmachportal'],
    stems: ['beteiligung', 'mitmach', 'dialog', 'idee', 'vorschlag'],
    de: { noun: 'Bürgerbeteiligung', short: ['Plattform für Bürgerbeteiligung und Bürgerhaushalt', 'Online-Beteiligung an Planungsverfahren', 'Umfragen und Vorschläge aus der Bürgerschaft'], long: ['Vorschläge werden gesammelt, diskutiert und abgestimmt.', 'Planungsverfahren werden transparent dokumentiert.'], features: ['Vorschläge', 'Abstimmungen', 'Kommentare', 'Umfragen', 'Kartenbeteiligung'] },
    en: { short: ['Platform for citizen participation and participatory budgeting', 'Online participation in planning procedures'], long: ['Proposals are collected, discussed and voted on.', 'Planning procedures are documented transparently.'], features: ['proposals', 'voting', 'comments', 'surveys'] },
    categories: ['digital-citizenship', 'survey', 'online-community', 'feedback-and-reviews-management'],
  },
  {
    names: ['backup-restic', 'borgmatic', 'velero', 'bareos', 'sicherungsdienst'],
    stems: ['backup', 'sicherung', 'restore', 'tresor', 'snapshot'],
    de: { noun: 'Datensicherung', short: ['Datensicherung für Server und Kubernetes', 'Verschlüsselte Backups mit Wiederherstellungstests', 'Sicherung und Archivierung nach dem BSI-Grundschutz'], long: ['Sicherungen werden dedupliziert, verschlüsselt und extern gelagert.', 'Wiederherstellungen werden regelmäßig automatisch getestet.'], features: ['Deduplizierung', 'Verschlüsselung', 'Wiederherstellung', 'Aufbewahrungsregeln'] },
    en: { short: ['Backup for servers and Kubernetes', 'Encrypted backups with restore tests'], long: ['Backups are deduplicated, encrypted and stored off-site.', 'Restores are tested automatically.'], features: ['deduplication', 'encryption', 'restore', 'retention'] },
    categories: ['backup', 'it-security', 'it-management'],
  },
  {
    names: ['camunda-verwaltung', 'flowable', 'prozessplattform', 'bpmn-modeler', 'workflow-engine'],
    stems: ['prozess', 'workflow', 'bpmn', 'ablauf', 'flow'],
    de: { noun: 'Prozessautomatisierung', short: ['Prozessautomatisierung mit BPMN für Verwaltungsabläufe', 'Workflow-Engine für Genehmigungen', 'Geschäftsprozesse modellieren und ausführen'], long: ['Abläufe werden in BPMN modelliert und automatisch ausgeführt.', 'Fristen und Zuständigkeiten werden überwacht.'], features: ['BPMN', 'Prozessmodellierung', 'Aufgabenlisten', 'Fristen', 'Auswertungen'] },
    en: { short: ['Process automation with BPMN for administrative workflows', 'Workflow engine for approvals'], long: ['Processes are modelled in BPMN and executed automatically.', 'Deadlines and responsibilities are monitored.'], features: ['BPMN', 'process modelling', 'task lists', 'deadlines'] },
    categories: ['business-process-management', 'workflow-management'],
  },
  {
    names: ['design-system', 'kern-ux', 'komponentenbibliothek', 'bund-styleguide', 'ui-kit'],
    stems: ['design', 'ui', 'komponente', 'stil', 'muster'],
    de: { noun: 'Designsystem', short: ['Designsystem und Komponentenbibliothek für Verwaltungsportale', 'Barrierefreie Bedienelemente im Corporate Design', 'UI-Komponenten für Webanwendungen der Verwaltung'], long: ['Die Komponenten sind barrierefrei und in mehreren Frameworks verfügbar.', 'Gestaltungsregeln und Beispiele sind dokumentiert.'], features: ['Komponenten', 'Barrierefreiheit', 'Gestaltungsrichtlinien', 'Symbole', 'Themen'] },
    en: { short: ['Design system and component library for government portals', 'Accessible UI components'], long: ['Components are accessible and available for several frameworks.', 'Design rules and examples are documented.'], features: ['components', 'accessibility', 'design guidelines', 'icons'] },
    categories: ['design-system', 'design', 'application-development'],
  },
  {
    names: ['gitlab-runner', 'renovate-config', 'sbom-generator', 'trivy-scanner', 'ci-templates'],
    stems: ['ci', 'build', 'scan', 'sbom', 'pipeline'],
    de: { noun: 'Softwareentwicklung', short: ['CI-Vorlagen für sichere Softwareentwicklung', 'Schwachstellenprüfung und Softwarestückliste für Container', 'Automatische Aktualisierung von Abhängigkeiten'], long: ['Container werden vor der Auslieferung auf Schwachstellen geprüft.', 'Jede Auslieferung erhält eine Softwarestückliste.'], features: ['Schwachstellenscan', 'SBOM', 'Pipelines', 'Abhängigkeiten', 'Signierung'] },
    en: { short: ['CI templates for secure software development', 'Vulnerability scanning and SBOM for containers'], long: ['Containers are scanned for vulnerabilities before delivery.', 'Every release gets a software bill of materials.'], features: ['vulnerability scanning', 'SBOM', 'pipelines', 'dependencies', 'signing'] },
    categories: ['it-development', 'application-development', 'it-security', 'test-management'],
  },
  {
    names: ['meldewesen', 'personenstand', 'gewerbeanmeldung', 'fuehrerschein-online', 'kfz-zulassung'],
    stems: ['melde', 'register', 'zulassung', 'gewerbe', 'ausweis'],
    de: { noun: 'Fachverfahren', short: ['Fachverfahren für Meldewesen und Personenstand', 'Gewerbeanmeldung online mit XGewerbe', 'Digitale Kfz-Zulassung für Zulassungsstellen'], long: ['Daten werden über XMeld und XPersonenstand mit anderen Behörden ausgetauscht.', 'Die Bearbeitung erfolgt medienbruchfrei.'], features: ['Meldebescheinigung', 'XMeld', 'XGewerbe', 'Gebührenberechnung', 'Bescheide'] },
    en: { short: ['Government system for residents registration and civil status', 'Business registration online'], long: ['Data is exchanged with other agencies via XÖV standards.', 'Processing is fully digital.'], features: ['registration certificate', 'XÖV', 'fee calculation', 'notices'] },
    categories: ['regulations-and-directives', 'digital-citizenship', 'compliance-management'],
  },
  {
    names: ['baugenehmigung', 'bauportal', 'xbau-connector', 'bauleitplanung', 'denkmalpflege'],
    stems: ['bau', 'planung', 'bauantrag', 'xbau', 'denkmal'],
    de: { noun: 'Baugenehmigung', short: ['Digitaler Bauantrag und Baugenehmigungsverfahren', 'Bauleitplanung mit XPlanung', 'Beteiligung der Fachbehörden im Bauverfahren'], long: ['Bauanträge werden digital eingereicht und mit XBau übermittelt.', 'Fachbehörden nehmen online Stellung.'], features: ['Bauantrag', 'XBau', 'XPlanung', 'Stellungnahmen', 'Planunterlagen'] },
    en: { short: ['Digital building permit procedure', 'Land-use planning with XPlanung'], long: ['Building applications are submitted digitally.', 'Authorities comment online.'], features: ['building application', 'XBau', 'XPlanung', 'comments'] },
    categories: ['property-management', 'real-estate-management', 'regulations-and-directives'],
  },
  {
    names: ['vergabeplattform', 'e-vergabe', 'beschaffung', 'xvergabe-client'],
    stems: ['vergabe', 'beschaffung', 'ausschreibung', 'tender', 'bieter'],
    de: { noun: 'Vergabe', short: ['E-Vergabe und Beschaffung für öffentliche Auftraggeber', 'Ausschreibungen nach VgV und UVgO veröffentlichen', 'Angebote elektronisch einreichen und werten'], long: ['Vergabeverfahren laufen vollständig elektronisch.', 'Bieter reichen Angebote verschlüsselt ein.'], features: ['Ausschreibung', 'Bieterkommunikation', 'Angebotswertung', 'XVergabe'] },
    en: { short: ['E-procurement for public contracting authorities', 'Publish tenders and evaluate bids'], long: ['Procurement procedures run fully electronically.', 'Bidders submit encrypted offers.'], features: ['tenders', 'bidder communication', 'bid evaluation'] },
    categories: ['procurement', 'e-commerce', 'compliance-management'],
  },
  {
    names: ['hinweisgebersystem', 'whistleblower-portal', 'meldestelle'],
    stems: ['hinweis', 'whistle', 'melde', 'schutz', 'vertrauen'],
    de: { noun: 'Hinweisgeberschutz', short: ['Hinweisgebersystem nach dem Hinweisgeberschutzgesetz', 'Anonyme Meldestelle für Verstöße', 'Sichere Kommunikation mit Hinweisgebenden'], long: ['Meldungen können anonym abgegeben werden.', 'Die Kommunikation mit der Meldestelle ist verschlüsselt.'], features: ['anonyme Meldung', 'Fallbearbeitung', 'Verschlüsselung', 'Fristen'] },
    en: { short: ['Whistleblowing system under the EU directive', 'Anonymous reporting channel'], long: ['Reports can be submitted anonymously.', 'Communication with the reporting office is encrypted.'], features: ['anonymous reports', 'case handling', 'encryption'] },
    categories: ['whistleblowing', 'compliance-management'],
  },
  {
    names: ['chatbot', 'rasa-verwaltung', 'llm-gateway', 'sprachassistent', 'uebersetzungsdienst'],
    stems: ['bot', 'assist', 'ki', 'sprache', 'dialog'],
    de: { noun: 'Chatbot', short: ['Chatbot für Bürgeranfragen mit KI', 'Sprachmodelle souverän im eigenen Rechenzentrum betreiben', 'Maschinelle Übersetzung für Verwaltungstexte'], long: ['Der Assistent beantwortet häufige Fragen rund um die Uhr.', 'Die Modelle laufen ohne Datenweitergabe an Dritte.'], features: ['Dialogführung', 'Sprachmodell', 'Übersetzung', 'Wissensbasis', 'Leichte Sprache'] },
    en: { short: ['AI chatbot for citizen enquiries', 'Run language models in your own data centre'], long: ['The assistant answers common questions around the clock.', 'Models run without sharing data with third parties.'], features: ['dialogue', 'language model', 'translation', 'knowledge base'] },
    categories: ['customer-service-and-support', 'translation', 'predictive-analysis'],
  },
  {
    names: ['redis-ha', 'rabbitmq', 'kafka-cluster', 'minio', 'opensearch', 'nginx-hardened'],
    stems: ['cache', 'queue', 'objekt', 'such', 'stream'],
    de: { noun: 'Infrastruktur', short: ['Gehärtetes Container-Image für den Betrieb im Rechenzentrum', 'Nachrichtenwarteschlange und Objektspeicher für Fachverfahren', 'Suchmaschine und Zwischenspeicher als Plattformdienst'], long: ['Das Image läuft ohne Root-Rechte und enthält nur die nötigen Pakete.', 'Konfiguration und Betrieb sind für Kubernetes dokumentiert.'], features: ['Hochverfügbarkeit', 'Objektspeicher', 'Warteschlange', 'Volltextsuche', 'TLS'] },
    en: { short: ['Hardened container image for data centre operations', 'Message queue and object storage for applications'], long: ['The image runs without root and contains only the packages it needs.', 'Configuration and operations are documented for Kubernetes.'], features: ['high availability', 'object storage', 'message queue', 'full-text search'] },
    categories: ['cloud-management', 'it-management'],
  },
];

/**
 * Product names beyond the well-known ones: a catalogue of a million components names tens of
 * thousands of products, each used by a few components, which is what makes most name searches
 * selective. Made as prefix + stem + ending, one word each (Stadtablageplus, Openakte, Geokartehub).
 */
const PRODUCT_PREFIXES = ['open', 'bund', 'kommunal', 'land', 'stadt', 'civic', 'gov', 'smart', 'digital', 'e', 'fair', 'frei', 'nord', 'sued', 'rhein', 'elbe', 'alpen', 'kuesten', 'main', 'spree', 'ruhr', 'harz', 'mosel', 'weser'];
const PRODUCT_ENDINGS = ['', 'plus', 'one', 'hub', 'box', 'kit', 'werk', 'net', 'flow', 'base', 'desk', 'x', 'go', 'pro', 'lab'];

export function productNames(topic) {
  return PRODUCT_PREFIXES.flatMap((prefix) => topic.stems.flatMap((stem) => PRODUCT_ENDINGS.map((ending) => `${prefix}${stem}${ending}`)));
}

/** Words every kind of description uses; they make broad queries broad. */
export const GENERIC = {
  de: [
    'Die Software wird von mehreren Kommunen gemeinsam weiterentwickelt.',
    'Der Quellcode steht unter einer freien Lizenz und kann nachgenutzt werden.',
    'Die Lösung ist für den Betrieb in kommunalen Rechenzentren ausgelegt.',
    'Eine Installationsanleitung und ein Betriebshandbuch liegen bei.',
    'Die Anwendung erfüllt die Anforderungen an Datenschutz und Informationssicherheit.',
    'Schnittstellen zu gängigen Fachverfahren sind vorhanden.',
    'Die Weiterentwicklung wird über eine Entwicklungspartnerschaft finanziert.',
    'Updates werden regelmäßig als signierte Pakete veröffentlicht.',
    'Die Verwaltung spart Lizenzkosten und bleibt digital souverän.',
    'Der Betrieb ist auch in der Deutschen Verwaltungscloud möglich.',
    'Fehler und Wünsche werden im öffentlichen Issue-Tracker gesammelt und gemeinsam priorisiert.',
    'Für Rückfragen steht eine Community auf OpenCoDE und ein Forum zur Verfügung.',
    'Die Oberfläche ist in einfacher Sprache gehalten und lässt sich an das eigene Erscheinungsbild anpassen.',
    'Ein Sicherheitskonzept nach BSI-Grundschutz und ein Löschkonzept sind Teil der Dokumentation.',
    'Die Container-Images werden automatisch gebaut, auf Schwachstellen geprüft und signiert.',
    'Mehrere Landesverwaltungen setzen die Lösung bereits im Produktivbetrieb ein.',
  ],
  en: [
    'The software is developed jointly by several municipalities.',
    'The source code is published under a free license and can be reused.',
    'The solution is designed to run in municipal data centres.',
    'An installation guide and an operations manual are included.',
    'The application meets data protection and information security requirements.',
    'Interfaces to common government systems are available.',
    'Bugs and feature requests are collected in the public issue tracker and prioritised together.',
    'A community on OpenCoDE and a forum answer questions.',
    'The user interface uses plain language and can be adapted to the corporate design.',
    'A security concept following BSI baseline protection is part of the documentation.',
    'Container images are built automatically, scanned for vulnerabilities and signed.',
    'Several state administrations already run the solution in production.',
  ],
};

export const KIND_SUFFIXES = {
  APPLICATION: ['', '', '-portal', '-app', '-web'],
  CONTAINER_IMAGE: ['-hardened', '-image', '', '-distroless', ' (hardened)'],
  HELM_CHART: ['-chart', '-helm', '-operator'],
  LIBRARY: ['-client', '-sdk', '-lib', '-connector', '-java', '-py'],
  CONFIGURATION: ['-config', '-ansible', '-terraform', '-policies'],
  OTHER: ['-docs', '-tools', '-vorlagen'],
};

export const PLATFORMS = ['web', 'linux', 'windows', 'mac', 'android', 'ios'];

/** License expressions with the policy's verdict, and how often each occurs (per thousand). */
export const LICENSES = [
  ['EUPL-1.2', 'ALLOWED', 300],
  ['Apache-2.0', 'ALLOWED', 150],
  ['MIT', 'ALLOWED', 140],
  ['AGPL-3.0-or-later', 'ALLOWED', 90],
  ['GPL-3.0-or-later', 'ALLOWED', 70],
  ['MPL-2.0', 'ALLOWED', 40],
  ['BSD-3-Clause', 'ALLOWED', 30],
  ['LGPL-2.1-or-later', 'ALLOWED', 25],
  ['Apache-2.0 AND MIT', 'ALLOWED', 20],
  ['EUPL-1.2 OR GPL-3.0-or-later', 'ALLOWED', 10],
  ['CC0-1.0', 'ALLOWED', 10],
  ['CC-BY-4.0', 'ALLOWED', 10],
  ['GPL-2.0-only', 'NEEDS_REVIEW', 15],
  ['LicenseRef-scancode-proprietary', 'UNKNOWN', 10],
  ['SSPL-1.0', 'DENIED', 8],
  ['BUSL-1.1', 'DENIED', 6],
  ['CC-BY-NC-4.0', 'DENIED', 6],
  [null, null, 60],
];

export const NAMESPACE_PLACES = [
  'musterstadt', 'beispielhausen', 'neustadt', 'altdorf', 'bergheim', 'seeburg', 'waldkirchen', 'rheinfeld', 'lindenau', 'hafenstadt',
  'kreis-nord', 'kreis-sued', 'landkreis-mitte', 'stadtwerke', 'zweckverband', 'rechenzentrum', 'it-dienstleister', 'landesamt', 'ministerium', 'bundesamt',
];
