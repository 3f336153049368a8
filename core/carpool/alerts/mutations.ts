import { actions } from "../../actions/table.js";
import type { Database } from "../../db/client.js";
import { AppError, parseOrRefuse } from "../../errors.js";
import { queueNotification } from "../../notifications/mutations.js";
import { localTime } from "../format.js";
import { rideAlertMatches, rideAlertsNear } from "../ride-alerts.js";
import { type RideAlertInput, rideAlertInputSchema } from "../schema.js";
import type { CarpoolSettings } from "../settings.js";
import { tripColumns } from "../trip.js";

const MINUTE_MS = 60_000;
export const MAX_RIDE_ALERTS = 5;

export async function addRideAlert(db: Database, userId: string, input: RideAlertInput): Promise<string> {
  const alert = parseOrRefuse(rideAlertInputSchema, input);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${userId}::uuid FOR NO KEY UPDATE`;
    if ((await tx.rideAlert.count({ where: { userId } })) >= MAX_RIDE_ALERTS) {
      throw new AppError("too-many-ride-alerts", { max: MAX_RIDE_ALERTS });
    }
    const { id } = await tx.rideAlert.create({
      data: {
        userId,
        ...tripColumns(alert.origin, alert.destination),
        minuteOfDay: alert.minuteOfDay,
      },
      select: { id: true },
    });
    return id;
  });
}

export async function deleteRideAlert(db: Database, userId: string, alertId: string): Promise<void> {
  const { count } = await db.rideAlert.deleteMany({ where: { id: alertId, userId } });
  if (count === 0) throw new AppError("not-found");
}

/**
 * Tells the owners of matching ride alerts, once per request and at most hourly per alert, that
 * a ride they want appeared. The notice names places and time only, never who asked.
 */
export async function matchRideAlerts(
  db: Database,
  requestId: string,
  settings: CarpoolSettings,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const [request] = await tx.rideRequest.updateManyAndReturn({
      where: { id: requestId, alertsMatchedAt: null },
      data: { alertsMatchedAt: now },
    });
    if (!request) return 0;
    const candidates = await tx.rideAlert.findMany({
      where: {
        ...rideAlertsNear(request, settings),
        userId: { not: request.riderId },
        user: { playground: request.playground },
        OR: [{ notifiedAt: null }, { notifiedAt: { lt: new Date(now.getTime() - 60 * MINUTE_MS) } }],
      },
    });
    const hits = candidates.filter((alert) => rideAlertMatches(alert, request, settings));
    for (const alert of hits) {
      await tx.rideAlert.update({ where: { id: alert.id }, data: { notifiedAt: now } });
      await queueNotification(tx, {
        userId: alert.userId,
        messageKey: "notify-ride-alert",
        params: {
          from: alert.originLabel ?? "-",
          to: alert.destLabel ?? "-",
          depart: localTime(request.earliest, settings.timeZone),
        },
        buttons: [[{ label: { key: "button-new-ride" }, action: actions.ride() }]],
      });
    }
    return hits.length;
  });
}
