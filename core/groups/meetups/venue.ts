import type { Place } from "../../place.js";

// A meetup's venue is a public place (a café, a park) that members go to: it is stored and shown
// to them exactly, unlike anyone's home.

export interface VenueColumns {
  placeLat: number;
  placeLng: number;
  placeLabel: string | null;
}

export function venueColumns(place: Place): VenueColumns {
  return { placeLat: place.lat, placeLng: place.lng, placeLabel: place.label ?? null };
}

export function venueOf(meetup: VenueColumns): Place {
  return {
    lat: meetup.placeLat,
    lng: meetup.placeLng,
    ...(meetup.placeLabel ? { label: meetup.placeLabel } : {}),
    precision: 0,
  };
}

/** The venue in a message: its name, or its coordinates when it was shared as a location. */
export function venueText(meetup: VenueColumns): string {
  return meetup.placeLabel ?? `${meetup.placeLat.toFixed(5)},${meetup.placeLng.toFixed(5)}`;
}
