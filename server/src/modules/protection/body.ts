import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { MAX_BODY_BYTES } from './limits.js';

/** Reads a JSON body of at most MAX_BODY_BYTES (body-parser stops reading past it). */
export const jsonBody: RequestHandler = express.json({ limit: MAX_BODY_BYTES });

/**
 * Answers the body parser's refusals as GraphQL errors in JSON, like every other answer of
 * /graphql, instead of Express's HTML error page: 413 `PAYLOAD_TOO_LARGE` past the size limit,
 * 400 `BAD_REQUEST` for a body that is not JSON.
 */
export const bodyErrors: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  // The request id the server gave this request (http.ts), to quote when reporting it.
  const requestId = res.locals.requestId as string | undefined;
  const type = (err as { type?: string } | null)?.type;
  if (type === 'entity.too.large') {
    res.status(413).json({
      errors: [
        {
          message: `The request body is larger than the limit of ${MAX_BODY_BYTES} bytes.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX_BODY_BYTES, requestId },
        },
      ],
    });
    return;
  }
  if (type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [
        {
          message: 'The request body is not valid JSON.',
          extensions: { code: 'BAD_REQUEST', requestId },
        },
      ],
    });
    return;
  }
  next(err);
};
