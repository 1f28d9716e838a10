import { pushRoute } from "@/lib/api/push-route";

/** POST /api/v1/procedures — a source system pushes its procedure catalogue (scope catalogue:write): the envelope {"service":…,"data":[…]} or an array. */
export const POST = pushRoute("procedures");
