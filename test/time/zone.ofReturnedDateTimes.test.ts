/**
 * The DateTimes the library returns carry the calendar's zone as a luxon `Zone` that behaves like
 * luxon's own IANA zone (`type`, `name`, `isUniversal`, `equals`, offset names and formats), so
 * that users can compare, format and convert them as any other DateTime. Mutation testing showed
 * none of this was checked.
 */
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';

describe('the zone of returned DateTimes', () => {
  for (const zone of ['Asia/Ho_Chi_Minh', 'America/New_York']) {
    it(zone, () => {
      const cal = WorkingCalendar.create({ zone, week: { mon: [['07:00', '17:00']] } });
      const dt = cal.nextWorkingTime('2026-03-09T06:00');
      const luxon = DateTime.fromMillis(dt.toMillis(), { zone });
      expect(dt.zone.type).toBe('iana');
      expect(dt.zone.name).toBe(zone);
      expect(dt.zoneName).toBe(zone);
      expect(dt.zone.isUniversal).toBe(false);
      expect(dt.zone.isValid).toBe(true);
      expect(dt.zone.equals(IANAZone.create(zone))).toBe(true);
      expect(dt.zone.equals(IANAZone.create('Europe/Paris'))).toBe(false);
      expect(dt.zone.equals(FixedOffsetZone.instance(dt.offset))).toBe(false);
      expect(dt.zone.equals(dt.zone)).toBe(true);
      expect(dt.hasSame(luxon, 'day')).toBe(true);
      expect(dt.equals(luxon)).toBe(true);
      expect(dt.offsetNameShort).toBe(luxon.offsetNameShort);
      expect(dt.offsetNameLong).toBe(luxon.offsetNameLong);
      expect(dt.toFormat('ZZZZ ZZZZZ Z ZZ ZZZ')).toBe(luxon.toFormat('ZZZZ ZZZZZ Z ZZ ZZZ'));
      expect(dt.toISO()).toBe(luxon.toISO());
      expect(dt.isInDST).toBe(luxon.isInDST);
      expect(dt.zone.offsetName(dt.toMillis(), { format: 'short' })).toBe(IANAZone.create(zone).offsetName(dt.toMillis(), { format: 'short' }));
      expect(dt.zone.formatOffset(dt.toMillis(), 'techie')).toBe(IANAZone.create(zone).formatOffset(dt.toMillis(), 'techie'));
    });
  }

  it('a zone name that is blank is INVALID_ZONE', () => {
    for (const zone of ['', '   ']) {
      expect(() => WorkingCalendar.create({ zone, week: { mon: [['07:00', '17:00']] } })).toThrow(/IANA time zone name/);
    }
  });
});
