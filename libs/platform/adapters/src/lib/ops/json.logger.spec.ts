import { JsonLogger } from './json.logger';

describe('JsonLogger', () => {
  it('writes one JSON line with an ISO timestamp, level, context and message', () => {
    const lines: string[] = [];
    new JsonLogger('info', (line) => lines.push(line)).log('started', 'Bootstrap');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 'info', context: 'Bootstrap', msg: 'started' });
    expect(new Date(entry.time).toISOString()).toBe(entry.time);
  });

  it('drops messages below the configured level and keeps error stacks', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('warn', (line) => lines.push(line));
    logger.log('chatty');
    logger.debug('chattier');
    logger.error('failed', 'Error: boom\n    at x', 'Worker');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'error', msg: 'failed', stack: 'Error: boom\n    at x', context: 'Worker' });
  });
});
