import 'reflect-metadata';
import { runMain } from '@allmende/runtime';

// `npm start` runs this with ALLMENDE_ROLE=all: API and worker in one process.
void runMain();
