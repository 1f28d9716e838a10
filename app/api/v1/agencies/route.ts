import { pushRoute } from "@/lib/api/push-route";

/** POST /api/v1/agencies — a source system pushes its agency catalogue (scope catalogue:write): the envelope {"service":…,"data":[…]} or an array. */
export const POST = pushRoute("agencies");
