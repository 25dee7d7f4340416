import { Injectable } from '@nestjs/common';

/** Time as a dependency, so expiry and ordering logic is testable without waiting. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
