export const QUEUE_BACKEND = Symbol('QUEUE_BACKEND');
