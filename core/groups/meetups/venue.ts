import { approximate, HOME_AREA_PRECISION_METRES, type Place } from "../../place.js";

// A meetup's venue is a public place (a café, a park) that members go to: it is stored and shown
// to them exactly. People outside the group get its rough area only, since a venue shared as a
// location may be someone's doorstep; a linked chat, where the group posts its news on purpose,
// also reads the name the host gave the place.

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

/** The venue as someone outside the group sees it: about a neighbourhood block, without its name. */
export function roughVenue(meetup: VenueColumns): Place {
  return approximate(
    { lat: meetup.placeLat, lng: meetup.placeLng, precision: 0 },
    HOME_AREA_PRECISION_METRES,
  );
}

/** Who reads a meetup message: the group's members, or a linked chat that others may read too. */
export type VenueReaders = "members" | "chat";

/**
 * The venue in a message: the name the host gave it, else its point, exact for members and rough
 * for a chat.
 */
export function venueText(meetup: VenueColumns, readers: VenueReaders): string {
  const point = readers === "members" ? venueOf(meetup) : roughVenue(meetup);
  return meetup.placeLabel ?? `${point.lat.toFixed(5)},${point.lng.toFixed(5)}`;
}
