import type { FastifyRequest } from 'fastify';

/** The route a request matched, as its pattern (`/identificatoren/:kind/:key`), never the path itself. */
export const routePattern = (req: FastifyRequest): string => {
  try {
    return req.routeOptions?.url ?? '(no route)';
  } catch {
    // A request the router refused before it had a route (a bad URL) has no route options.
    return '(no route)';
  }
};

/**
 * What the request logs of both surfaces keep (issue 12 point 5; DESIGN §3: logs hold no case
 * content): the method, the route pattern and the status. Never the path with its parameters, the
 * query string or a form value — a search for a phone number or an e-mail address leaves no trace of
 * the number in the log.
 */
export const requestLogSerializers = {
  req: (req: FastifyRequest) => ({ method: req.method, route: routePattern(req) }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};
