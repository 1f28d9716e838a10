import { pushRoute } from "@/lib/api/push-route";

/** POST /api/v1/dossiers — a source system pushes dossiers (scope dossiers:write): the envelope {"service":…,"data":[…]} or an array. */
export const POST = pushRoute("dossiers");
