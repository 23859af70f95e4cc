import campaign = require("@linkcard/campaign");
import core = require("@linkcard/core");

const client = core.createClient({ instanceId: "1", accessToken: "2" });
export const run = (): Promise<campaign.CampaignSummary> => campaign.runCampaign({ client, recipients: [{ chatId: "201234567890" }], card: { url: "https://wawp.net" }, journal: "j" });
// @ts-expect-error perMinute is a number
export const wrong: campaign.PaceOptions = { perMinute: "10" };
