import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/RouteOpenshiftIoV1Route.js";
/**
 * A route allows developers to expose services through an HTTP(S) aware load balancing and proxy
 * layer via a public DNS entry. The route may further specify TLS options and a certificate, or
 * specify a public CNAME that the router should also accept for HTTP and HTTPS traffic. An
 * administrator typically configures their router to be visible outside the cluster firewall, and
 * may also add additional security, caching, or traffic controls on the service content. Routers
 * usually talk directly to the service endpoints.
 *
 * Once a route is created, the `host` field may not be changed. Generally, routers use the oldest
 * route with a given host when resolving conflicts.
 *
 * Routers are subject to additional customization and may support additional controls via the
 * annotations field.
 *
 * Because administrators may configure multiple routers, the route status field is used to
 * return information to clients about the names and states of the route under each router.
 * If a client chooses a duplicate name, for instance, the route status conditions are used
 * to indicate the route cannot be chosen.
 *
 * To enable HTTP/2 ALPN on a route it requires a custom
 * (non-wildcard) certificate. This prevents connection coalescing by
 * clients, notably web browsers. We do not support HTTP/2 ALPN on
 * routes that use the default certificate because of the risk of
 * connection re-use/coalescing. Routes that do not have their own
 * custom certificate will not be HTTP/2 ALPN-enabled on either the
 * frontend or the backend.
 *
 * Compatibility level 1: Stable within a major release for a minimum of 12 months or 3 minor releases (whichever is longer).
 */
export class Route extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "route.openshift.io/v1";
    static kind = "Route";
    static is = createTypeMetaGuard(Route);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: Route.apiVersion,
            kind: Route.kind,
            ...data
        });
    }
}
setValidateFunc(Route, validate);
