import 'reflect-metadata';
import { runMain } from '@allmende/runtime';

// Worker replicas process jobs and serve only /health and /metrics.
void runMain({ ALLMENDE_ROLE: 'worker' });
