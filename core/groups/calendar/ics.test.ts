import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { renderCalendar } from "./ics.js";
import type { CalendarMeetup } from "./types.js";

// The iCalendar text for meetups the data does not always fill in, read back by ical.js.

const start = new Date("2026-12-05T09:30:00Z");

function meetup(changes: Partial<CalendarMeetup>): CalendarMeetup {
  return {
    id: "2f1c3f0e-6f43-4b59-9d0c-3c3c1f1e7a10",
    version: 1,
    title: "Board games",
    startAt: start,
    endAt: new Date(start.getTime() + 3 * 60 * 60_000),
    updatedAt: start,
    place: { lat: 37.5563, lng: 126.9236, label: "Hongdae cafe" },
    videoRoom: false,
    costNote: undefined,
    groupName: "Mapo gamers",
    cancelled: false,
    answer: "going",
    waitlistPosition: undefined,
    ...changes,
  };
}

/** Shows which message was asked for with which params, so the lines can be told apart. */
const echo = (key: string, params?: Record<string, string | number>) =>
  params ? `${key} ${JSON.stringify(params)}` : key;

function onlyEvent(meetups: CalendarMeetup[]) {
  const [event] = new ICAL.Component(ICAL.parse(renderCalendar(meetups, echo))).getAllSubcomponents("vevent");
  if (!event) throw new Error("no event");
  return event;
}

describe("renderCalendar", () => {
  it("gives an unnamed venue its coordinates only", () => {
    const event = onlyEvent([meetup({ place: { lat: 37.5563, lng: 126.9236, label: undefined } })]);
    expect(event.getFirstPropertyValue("location")).toBeNull();
    expect(event.getFirstPropertyValue("geo")).toEqual([37.5563, 126.9236]);
  });

  it("shows a workout's video room as its location, with no place and no link", () => {
    const event = onlyEvent([meetup({ videoRoom: true })]);
    expect(event.getFirstPropertyValue("location")).toBe("calendar-video-room");
    expect(event.getFirstPropertyValue("geo")).toBeNull();
  });

  it("says waitlisted without a place in line when the line has none for the person", () => {
    const event = onlyEvent([meetup({ answer: "waitlisted" })]);
    expect(event.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(event.getFirstPropertyValue("description")).toBe(
      'calendar-event-group {"group":"Mapo gamers"}\ncalendar-answer-waitlisted',
    );
  });

  it("marks a cancelled meetup cancelled whatever the answer was", () => {
    const event = onlyEvent([meetup({ answer: "maybe", cancelled: true, version: 4 })]);
    expect(event.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.getFirstPropertyValue("sequence")).toBe(4);
    expect(String(event.getFirstPropertyValue("description")).split("\n")[0]).toBe(
      "calendar-event-cancelled",
    );
  });

  it("is an empty calendar named honjok when there are no meetups", () => {
    const calendar = new ICAL.Component(ICAL.parse(renderCalendar([], echo)));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("honjok");
    expect(calendar.getAllSubcomponents("vevent")).toEqual([]);
  });
});
