import { describe, expect, it } from "vitest";
import { departureIn } from "../../test/departure.js";
import { playgroundOnPhone } from "./test-browser.js";

// A hobby group in the playground, on one phone: a host makes a running group through the /group
// dialog, a neighbour finds and joins it, the host plans a meetup, and the neighbour answers
// "going" from the notification in the page's inbox. The real workers deliver it.

const HOST = "민지";
const NEIGHBOUR = "서준";
const GROUP = "망원 러닝 크루";
const MEETUP = "한강 저녁 러닝";

const phone = playgroundOnPhone();

describe("hobby groups in the playground", () => {
  it("lets a host make a group through the /group dialog", async () => {
    const { say, botSays, type, press } = phone().chat;
    await phone().openAs(HOST);

    await type("/group");
    await botSays(say("ask-group-name"));
    await type(GROUP);
    await press(await botSays(say("ask-group-category")), say("group-category-sports"));
    await botSays(say("ask-group-tags"));
    await type("#러닝, 한강");
    await botSays(say("ask-group-area"));
    await type("마포구");
    await press(await botSays(say("ask-group-policy")), say("group-policy-open"));
    await botSays(say("ask-group-description"));
    await type("주말 아침 한강에서 같이 달려요");
    await press(await botSays(say("ask-group-limit")), say("button-skip"));
    // An open group takes anyone: it is not asked for a join question.
    await botSays(say("group-created", { name: GROUP }));
  });

  it("lets a neighbour find the group by a word and join it", async () => {
    const { chat } = phone();
    const { say, botSays, type, press } = chat;
    await chat.openPicker();
    await chat.createPersona(NEIGHBOUR);
    await type("/groups 러닝");
    await botSays(say("ask-search-place"));
    await type("마포구");
    const results = await botSays(GROUP);
    await press(results, say("button-group-number", { n: 1 }));
    await press(await botSays("주말 아침 한강에서"), say("button-group-join"));
    await botSays(say("group-joined"));
  });

  it("lets the host plan a meetup that the neighbour answers from the notification", async () => {
    const { chat } = phone();
    const { say, botSays, type, press } = chat;
    await chat.switchTo(HOST);
    await type("/meetups");
    await press(await botSays(say("meetups-mine-empty")), say("button-new-meetup"));
    await press(await botSays(say("meetup-new-pick")), GROUP);
    await botSays(say("ask-meetup-title"));
    await type(MEETUP);
    await botSays(say("ask-meetup-when"));
    await type(departureIn(120));
    await botSays(say("ask-meetup-place"));
    await type("37.5556, 126.8956 망원한강공원");
    await botSays(say("ask-meetup-capacity"));
    await type("10");
    await press(await botSays(say("ask-meetup-cost")), say("button-skip"));
    await press(await botSays(say("ask-recurrence")), say("recurrence-none"));
    await botSays(say("meetup-created", { title: MEETUP }));

    await chat.switchTo(NEIGHBOUR);
    const notice = await chat.notice(MEETUP);
    await press(notice, say("button-rsvp-going"));
    const going = await botSays(`'${MEETUP}'에 참석으로`);
    expect(await going.innerText()).toContain(MEETUP);
    const meetup = await phone().ctx.db.meetup.findFirstOrThrow({ where: { title: MEETUP } });
    expect(meetup.goingCount).toBe(2);
    expect(await phone().ctx.db.rsvp.count({ where: { meetupId: meetup.id, status: "going" } })).toBe(2);
  });
});
