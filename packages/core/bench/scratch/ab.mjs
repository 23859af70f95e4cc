// ../types/openapi.json
var openapi_default = {
  openapi: "3.1.0",
  info: {
    title: "Wawp WhatsApp API \u2014 Send Link Preview",
    version: "1.1.0",
    summary: "Send a WhatsApp message with a custom rich link-preview card.",
    description: "One operation of the [Wawp](https://wawp.net) WhatsApp API: send a message to a chat with a\nlink-preview card whose title, description and thumbnail you choose, even when the linked\nsite has no metadata of its own.\n\n## Authentication\n\nEvery request carries two credentials **in the JSON body**, as the vendor's page documents (its\nrequest body table lists both): `instance_id` (your WhatsApp instance) and `access_token` (your\nAPI access token). Both come from the Wawp dashboard. The access token is a secret: keep it on\nyour server, never in a browser bundle, a URL or a log line. Browser apps call their own server,\nwhich adds the credentials (the linkcard SDK ships a proxy handler for exactly this).\n\nWawp's own OpenAPI export also declares an `access-token` **header** for every operation; no\nWawp page shows this endpoint reading it, so this contract does not rely on it (unverified).\nSome of Wawp's generated samples put the credentials in the query string: don't, URLs end up in\nlogs.\n\n## Sending is not idempotent\n\nA request that reaches the API may deliver the card, even if the response never arrives\n(timeout, lost connection, `500`, `502`). Retrying such a request can deliver the card twice.\nEach error response below says whether the message may have been sent. By HTTP semantics, only\n`429` and `503` (and a connection that was refused before the request was sent) mean that it was\nnot, and only those are safe to retry blindly; honour `Retry-After` when it is present. Wawp\ndoes not document this itself.\n\n## Sources\n\nEvery fact here that is not on the vendor's page for this endpoint says where it comes from, in\nan `x-evidence` list shown as a **Source:** line: `vendor-page` (that page), `vendor-docs`\n(elsewhere on Wawp's site), `whatsapp-web.js` (the library whose `Message` the API returns),\n`http-semantics` (the HTTP RFCs, and what peer WhatsApp APIs do), `whatsapp-docs` (Meta's own\nWhatsApp documentation) or `illustrative` (an example made for this document).\n",
    contact: {
      name: "Wawp support",
      url: "https://help.wawp.net"
    },
    license: {
      name: "MIT",
      identifier: "MIT"
    }
  },
  externalDocs: {
    description: "The vendor's page for this endpoint",
    url: "https://api.wawp.net/en/docs/v2/send/link-preview"
  },
  servers: [
    {
      url: "https://api.wawp.net",
      description: "Production (Wawp)"
    },
    {
      url: "http://127.0.0.1:4010",
      description: "Local mock, not the real API (Prism, started by `npx linkcard-mock` or `startMockServer()`)"
    }
  ],
  tags: [
    {
      name: "Messaging",
      description: "Send messages to WhatsApp chats."
    }
  ],
  "x-tagGroups": [
    {
      name: "Send",
      tags: [
        "Messaging"
      ]
    }
  ],
  paths: {
    "/v2/send/link-preview": {
      post: {
        operationId: "sendLinkPreview",
        tags: [
          "Messaging"
        ],
        summary: "Send a message with a custom rich link-preview card",
        description: "Sends `text` (optional) with a preview card for `url` to `chatId`. `title`, `description`\nand `thumbnail` override what WhatsApp would read from the page itself.\n`linkPreviewHighQuality: true` asks for a large image card instead of the small square\nicon, where the recipient's phone supports it.\n\nThe credentials travel in the body (see *Authentication*), so this operation declares no\nsecurity scheme.\n",
        security: [],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/SendLinkPreviewRequest"
              },
              examples: {
                card: {
                  summary: "A full custom card (the vendor page's example)",
                  value: {
                    instance_id: "123456789",
                    access_token: "123456789",
                    chatId: "201234567890",
                    url: "https://wawp.net",
                    text: "Check out our new website!",
                    thumbnail: "https://wawp.net/samples/cat.jpg",
                    title: "Wawp - Advanced WhatsApp API",
                    description: "The ultimate platform for WhatsApp automation.",
                    linkPreviewHighQuality: true,
                    reply_to: null
                  },
                  "x-evidence": [
                    {
                      source: "vendor-page",
                      url: "https://api.wawp.net/en/docs/v2/send/link-preview",
                      note: "The page's example request URL, every parameter as a JSON body field."
                    }
                  ],
                  description: "**Source:** vendor-page ([api.wawp.net \u203A link-preview](https://api.wawp.net/en/docs/v2/send/link-preview)): The page's example request URL, every parameter as a JSON body field."
                },
                minimal: {
                  summary: "Only the required fields (illustrative)",
                  value: {
                    instance_id: "123456789",
                    access_token: "123456789",
                    chatId: "201234567890@c.us",
                    url: "https://wawp.net"
                  },
                  "x-evidence": [
                    {
                      source: "illustrative",
                      note: "Made for this document; the JID form of chatId is from Wawp's Send Text example."
                    }
                  ],
                  description: "**Source:** illustrative: Made for this document; the JID form of chatId is from Wawp's Send Text example."
                }
              }
            }
          },
          description: '**WhatsApp\'s card rules** (`x-card-rules`; `@linkcard/unfurl`\'s `checkCard` checks them):\n- `head-within-300kb`: The page\'s `<head>` ends within the first 300 KB of its HTML. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): "The `<head>` containing the HTML mark-ups must appear within the first 300KB of the HTML. The entire HTML does not need to fit within 300KB." KB is read as 1000 bytes, the stricter reading.\n- `og-title`: `og:title` is in the page\'s `<head>` and not empty. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): "The `<og:title>`, `<og:description>` and `<og:url>` mark-ups must be inside the `<head>` tag. They should not be empty."\n- `og-description`: `og:description` is in the page\'s `<head>` and not empty. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): "The `<og:title>`, `<og:description>` and `<og:url>` mark-ups must be inside the `<head>` tag. They should not be empty."\n- `og-url`: `og:url` is in the page\'s `<head>` and not empty. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The same sentence as og:title\'s; the page also asks for the undecorated canonical URL there.\n- `image-absolute`: The image\'s URL, as the page writes it, is absolute. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page asks for an absolute og:image URL.\n- `image-under-600kb`: The image is smaller than 600 KB. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page gives og:image a size limit of 600 KB (KB read as 1000 bytes, the stricter reading). Third-party pages repeat a 300 KB limit that Meta does not state. Applied here to the thumbnail too, the image the card carries.\n- `image-300px-wide`: The image is at least 300 px wide. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page asks for an og:image at least 300 px wide. Applied here to the thumbnail too.\n- `image-aspect-4-1`: The image is at most 4 times as wide as it is high. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page asks for an og:image aspect ratio of 4:1 or less (width to height; it says nothing of tall images). Applied here to the thumbnail too.\n- `title-2-lines`: The title shows on at most 2 lines; the rest is cut. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page says WhatsApp shows og:title in bold on at most 2 lines.\n- `description-80-chars`: About 80 characters of the description show; the rest is cut. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page says about 80 characters of og:description show.\n- `best-attempt`: A preview is a best attempt; WhatsApp may show none even when every rule holds. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page calls link previews a "best attempt" that "should not be relied on".'
        },
        responses: {
          "200": {
            description: "The message was accepted and handed to WhatsApp. The body is the whatsapp-web.js\n`Message` that was sent; `ack` tells how far delivery has got.\n\n**Source:** vendor-page ([api.wawp.net \u203A link-preview](https://api.wawp.net/en/docs/v2/send/link-preview)): The page shows the success body (its example) but not its status code.\n\n**Source:** http-semantics ([www.rfc-editor.org \u203A rfc9110#section-15.3.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1)): 200 is the general success status of a POST; clients should take any 2xx.",
            headers: {
              "X-Request-Id": {
                $ref: "#/components/headers/X-Request-Id"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Message"
                },
                examples: {
                  linkPreview: {
                    $ref: "#/components/examples/LinkPreviewMessage"
                  },
                  vendorPage: {
                    $ref: "#/components/examples/VendorPageMessage"
                  }
                }
              }
            },
            "x-evidence": [
              {
                source: "vendor-page",
                url: "https://api.wawp.net/en/docs/v2/send/link-preview",
                note: "The page shows the success body (its example) but not its status code."
              },
              {
                source: "http-semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1",
                note: "200 is the general success status of a POST; clients should take any 2xx."
              }
            ]
          },
          "201": {
            description: "The same as `200`: the message was accepted, and the body is the `Message` that was\nsent. Wawp's reference shows `201` for its send operations.\n\n**Source:** vendor-docs ([www.api.wawp.net \u203A export](https://www.api.wawp.net/api/docs/export?format=markdown)): Wawp's Markdown export of its reference lists responses as \"HTTP 201\".",
            headers: {
              "X-Request-Id": {
                $ref: "#/components/headers/X-Request-Id"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Message"
                },
                examples: {
                  linkPreview: {
                    $ref: "#/components/examples/LinkPreviewMessage"
                  }
                }
              }
            },
            "x-evidence": [
              {
                source: "vendor-docs",
                url: "https://www.api.wawp.net/api/docs/export?format=markdown",
                note: `Wawp's Markdown export of its reference lists responses as "HTTP 201".`
              }
            ]
          },
          "400": {
            description: `The request is malformed: a required field is missing or empty, or a value has the
wrong type or format. **Not sent.** Fix the request; do not retry it unchanged.

**Source:** vendor-docs ([api.wawp.net \u203A start](https://api.wawp.net/en/docs/v2/session/start)): Wawp's session samples handle "400 Bad Request - Missing Required Parameter(s)"; not shown for this endpoint. The body is illustrative, in the shape of Wawp's ErrorResponse.`,
            headers: {
              "X-Request-Id": {
                $ref: "#/components/headers/X-Request-Id"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ErrorResponse"
                },
                example: {
                  status: 400,
                  error: "Bad Request",
                  message: "Missing required parameter(s): chatId",
                  code: "bad_request"
                }
              }
            },
            "x-evidence": [
              {
                source: "vendor-docs",
                url: "https://api.wawp.net/en/docs/v2/session/start",
                note: `Wawp's session samples handle "400 Bad Request - Missing Required Parameter(s)"; not shown for this endpoint. The body is illustrative, in the shape of Wawp's ErrorResponse.`
              }
            ]
          },
          "401": {
            description: '`access_token` is missing, wrong or revoked. **Not sent.** Check the token; retrying\ndoes not help.\n\n**Source:** vendor-docs ([api.wawp.net \u203A create](https://api.wawp.net/en/docs/v2/session/create)): Wawp\'s samples handle "401 Unauthorized - Invalid or Missing Access Token". The body is illustrative.',
            headers: {
              "X-Request-Id": {
                $ref: "#/components/headers/X-Request-Id"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ErrorResponse"
                },
                example: {
                  status: 401,
                  error: "Unauthorized",
                  message: "Invalid or missing access token",
                  code: "unauthorized"
                }
              }
            },
            "x-evidence": [
              {
                source: "vendor-docs",
                url: "https://api.wawp.net/en/docs/v2/session/create",
                note: `Wawp's samples handle "401 Unauthorized - Invalid or Missing Access Token". The body is illustrative.`
              }
            ]
          },
          "403": {
            description: `The token is valid but may not send: the plan's quota or limit is reached, or the
instance belongs to another account. **Not sent.** Retrying does not help until the
quota resets or the plan changes.

**Source:** vendor-docs ([api.wawp.net \u203A create](https://api.wawp.net/en/docs/v2/session/create)): Wawp's samples handle "403 Forbidden - Quota or Limit Reached", and its tips name a quota_reached error. The body is illustrative.`,
            headers: {
              "X-Request-Id": {
                $ref: "#/components/headers/X-Request-Id"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ErrorResponse"
                },
                example: {
                  status: 403,
                  error: "Forbidden",
                  message: "Quota or limit reached for this instance",
                  code: "quota_reached"
                }
              }
            },
            "x-evidence": [
              {
                source: "vendor-docs",
                url: "https://api.wawp.net/en/docs/v2/session/create",
                note: `Wawp's samples handle "403 Forbidden - Quota or Limit Reached", and its tips name a quota_reached error. The body is illustrative.`
              }
            ]
          },
          "404": {
            description: 'No instance with this `instance_id`, or it was deleted, or its WhatsApp session is gone.\n**Not sent.** Check `instance_id`; start or re-create the session.\n\n**Source:** vendor-docs ([api.wawp.net \u203A start](https://api.wawp.net/en/docs/v2/session/start)): "If you receive a 404 error, the instance_id is likely incorrect or the instance was deleted." The body is illustrative (invalid_session is seen in third-party clients, unverified).',
            headers: {
              "X-Request-Id": {
                $ref: "#/components/headers/X-Request-Id"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ErrorResponse"
                },
                example: {
                  status: 404,
                  error: "Not Found",
                  message: "No session found for this instance_id",
                  code: "invalid_session"
                }
              }
            },
            "x-evidence": [
              {
                source: "vendor-docs",
                url: "https://api.wawp.net/en/docs/v2/session/start",
                note: '"If you receive a 404 error, the instance_id is likely incorrect or the instance was deleted." The body is illustrative (invalid_session is seen in third-party clients, unverified).'
              }
            ]
          },
          "422": {
            description: "The request is well-formed but cannot be carried out now, for example because the\ninstance's WhatsApp session is not `WORKING` (still starting, waiting for a QR scan, or\nfailed). **Not sent.** Retry after the session is working again.\n\n**Source:** http-semantics ([www.rfc-editor.org \u203A rfc9110#section-15.5.21](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21)): Not documented by Wawp. WAHA, whose session states Wawp's match, answers 422 with this message when a session is not WORKING; Wawp's session states are documented at https://docs.wawp.net/wawps-session-lifecycle-1300479m0.",
            headers: {
              "X-Request-Id": {
                $ref: "#/components/headers/X-Request-Id"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ErrorResponse"
                },
                example: {
                  status: 422,
                  error: "Unprocessable Entity",
                  message: "Session status is not as expected. Try again later or restart the session",
                  code: "session_not_working",
                  session: "123456789",
                  expected: [
                    "WORKING"
                  ]
                }
              }
            },
            "x-evidence": [
              {
                source: "http-semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
                note: "Not documented by Wawp. WAHA, whose session states Wawp's match, answers 422 with this message when a session is not WORKING; Wawp's session states are documented at https://docs.wawp.net/wawps-session-lifecycle-1300479m0."
              }
            ]
          },
          "429": {
            description: "The instance's rate-limit policy (messages per minute, daily cap or concurrency) is\nexhausted. **Not sent** (by HTTP semantics: the server refused the request). Safe to\nretry after the `Retry-After` delay.\n\n**Source:** http-semantics ([www.rfc-editor.org \u203A rfc6585#section-4](https://www.rfc-editor.org/rfc/rfc6585#section-4)): Wawp documents per-instance rate-limit policies (https://api.wawp.net/en/docs/v2/session/rate-limit) but no status, header or body for exceeding them; 429 with Retry-After is the HTTP status for it, and peers (Whapi.Cloud) document it. The body is illustrative.",
            headers: {
              "Retry-After": {
                $ref: "#/components/headers/Retry-After"
              },
              "X-Request-Id": {
                $ref: "#/components/headers/X-Request-Id"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ErrorResponse"
                },
                example: {
                  status: 429,
                  error: "Too Many Requests",
                  message: "Rate limit reached (send_message_per_minute). Retry later",
                  code: "rate_limited"
                }
              }
            },
            "x-evidence": [
              {
                source: "http-semantics",
                url: "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                note: "Wawp documents per-instance rate-limit policies (https://api.wawp.net/en/docs/v2/session/rate-limit) but no status, header or body for exceeding them; 429 with Retry-After is the HTTP status for it, and peers (Whapi.Cloud) document it. The body is illustrative."
              }
            ]
          },
          "500": {
            description: "The API failed while handling the request. **The message may have been sent.** Retrying\ncan deliver it twice; check the chat first, or retry only if a duplicate is acceptable.\n\n**Source:** vendor-docs ([api.wawp.net \u203A create](https://api.wawp.net/en/docs/v2/session/create)): Wawp's samples handle a 500. That it may have sent the message is from HTTP semantics; the body is illustrative.",
            headers: {
              "X-Request-Id": {
                $ref: "#/components/headers/X-Request-Id"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ErrorResponse"
                },
                example: {
                  status: 500,
                  error: "Internal Server Error",
                  message: "An unexpected error occurred",
                  code: "internal_error"
                }
              }
            },
            "x-evidence": [
              {
                source: "vendor-docs",
                url: "https://api.wawp.net/en/docs/v2/session/create",
                note: "Wawp's samples handle a 500. That it may have sent the message is from HTTP semantics; the body is illustrative."
              }
            ]
          },
          "502": {
            description: `WhatsApp (upstream of the API) failed or answered badly. **The message may have been
sent.** Wawp suggests retrying with exponential backoff, which can deliver it twice.

**Source:** http-semantics ([www.rfc-editor.org \u203A rfc9110#section-15.6.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3)): The status is HTTP's for a failed upstream; Wawp's Send Text page recommends "a retry strategy with exponential backoff for 'wawp_upstream_error' scenarios" (https://api.wawp.net/en/docs/v2/send/text). The body is illustrative.`,
            headers: {
              "X-Request-Id": {
                $ref: "#/components/headers/X-Request-Id"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ErrorResponse"
                },
                example: {
                  status: 502,
                  error: "Bad Gateway",
                  message: "WhatsApp did not confirm the message",
                  code: "wawp_upstream_error"
                }
              }
            },
            "x-evidence": [
              {
                source: "http-semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3",
                note: `The status is HTTP's for a failed upstream; Wawp's Send Text page recommends "a retry strategy with exponential backoff for 'wawp_upstream_error' scenarios" (https://api.wawp.net/en/docs/v2/send/text). The body is illustrative.`
              }
            ]
          },
          "503": {
            description: "The API is overloaded or in maintenance and did not take the request. **Not sent** (by\nHTTP semantics). Safe to retry, after `Retry-After` when present.\n\n**Source:** http-semantics ([www.rfc-editor.org \u203A rfc9110#section-15.6.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4)): Not documented by Wawp. The body is illustrative.",
            headers: {
              "Retry-After": {
                $ref: "#/components/headers/Retry-After"
              },
              "X-Request-Id": {
                $ref: "#/components/headers/X-Request-Id"
              }
            },
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ErrorResponse"
                },
                example: {
                  status: 503,
                  error: "Service Unavailable",
                  message: "Service temporarily unavailable. Retry later",
                  code: "service_unavailable"
                }
              }
            },
            "x-evidence": [
              {
                source: "http-semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
                note: "Not documented by Wawp. The body is illustrative."
              }
            ]
          }
        }
      }
    }
  },
  components: {
    examples: {
      LinkPreviewMessage: {
        summary: "A link-preview message, just sent (illustrative)",
        description: "Made for this document: the whatsapp-web.js `Message` for the vendor page's example request,\nwith the link-preview fields WhatsApp Web keeps on a message.\n\n**Source:** illustrative: Built from whatsapp-web.js's Message (https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js) and the vendor page's request; not a captured response.",
        "x-evidence": [
          {
            source: "illustrative",
            note: "Built from whatsapp-web.js's Message (https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js) and the vendor page's request; not a captured response."
          }
        ],
        value: {
          _data: {
            id: {
              fromMe: true,
              remote: "201234567890@c.us",
              id: "3EB0C767D26A8B4C1F27",
              _serialized: "true_201234567890@c.us_3EB0C767D26A8B4C1F27"
            },
            viewed: false,
            body: "Check out our new website! https://wawp.net",
            type: "chat",
            t: 176432e4,
            from: {
              server: "c.us",
              user: "447441429009",
              _serialized: "447441429009@c.us"
            },
            to: {
              server: "c.us",
              user: "201234567890",
              _serialized: "201234567890@c.us"
            },
            ack: 1,
            isNewMsg: true,
            star: false,
            canonicalUrl: "https://wawp.net",
            matchedText: "https://wawp.net",
            title: "Wawp - Advanced WhatsApp API",
            description: "The ultimate platform for WhatsApp automation.",
            richPreviewType: 0,
            doNotPlayInline: true
          },
          id: {
            fromMe: true,
            remote: "201234567890@c.us",
            id: "3EB0C767D26A8B4C1F27",
            _serialized: "true_201234567890@c.us_3EB0C767D26A8B4C1F27"
          },
          ack: 1,
          hasMedia: false,
          body: "Check out our new website! https://wawp.net",
          type: "chat",
          timestamp: 176432e4,
          from: "447441429009@c.us",
          to: "201234567890@c.us",
          deviceType: "web",
          isForwarded: false,
          forwardingScore: 0,
          isStatus: false,
          isStarred: false,
          fromMe: true,
          hasQuotedMsg: false,
          hasReaction: false,
          vCards: [],
          mentionedIds: [],
          groupMentions: [],
          isGif: false,
          links: [
            {
              link: "https://wawp.net",
              isSuspicious: false
            }
          ],
          title: "Wawp - Advanced WhatsApp API",
          description: "The ultimate platform for WhatsApp automation."
        }
      },
      VendorPageMessage: {
        summary: "The example on Wawp's own page (an image message, verbatim)",
        description: "Copied exactly from the vendor's page. It shows an image message (a copy of Send Image's),\nand empty lists serialized as `{}`; the schema accepts both, because that is what the API\nhas been documented to return. The SDK hands you `[]` where it says `{}`.\n\n**Source:** vendor-page ([api.wawp.net \u203A link-preview](https://api.wawp.net/en/docs/v2/send/link-preview)): The page's \"Expected Responses\" example, verbatim.",
        "x-evidence": [
          {
            source: "vendor-page",
            url: "https://api.wawp.net/en/docs/v2/send/link-preview",
            note: `The page's "Expected Responses" example, verbatim.`
          }
        ],
        value: {
          _data: {
            id: {
              fromMe: true,
              remote: "000000000000@c.us",
              id: "MSG_ID_123456",
              _serialized: "true_000000000000@c.us_MSG_ID_123456"
            },
            viewed: false,
            body: "BASE64_IMAGE_DATA",
            type: "image",
            t: 1759108866,
            from: {
              server: "c.us",
              user: "111111111111",
              _serialized: "111111111111@c.us"
            },
            to: {
              server: "c.us",
              user: "000000000000",
              _serialized: "000000000000@c.us"
            },
            ack: 0,
            isNewMsg: true,
            star: false,
            kicNotified: false,
            caption: "Here's your requested image.",
            deprecatedMms3Url: "https://example.com/media-url",
            directPath: "/media/direct/path/example",
            mimetype: "image/jpeg",
            filehash: "FILE_HASH_PLACEHOLDER",
            encFilehash: "ENC_FILE_HASH_PLACEHOLDER",
            size: 192487,
            mediaKey: "MEDIA_KEY_PLACEHOLDER",
            mediaKeyTimestamp: 1759108865,
            streamable: false,
            mediaHandle: null,
            isFromTemplate: false,
            pollInvalidated: false,
            isSentCagPollCreation: false,
            latestEditMsgKey: null,
            latestEditSenderTimestampMs: null,
            mentionedJidList: {},
            groupMentions: {},
            isEventCanceled: false,
            eventInvalidated: false,
            isVcardOverMmsDocument: false,
            isForwarded: false,
            isQuestion: false,
            questionReplyQuotedMessage: null,
            questionResponsesCount: 0,
            readQuestionResponsesCount: 0,
            labels: {},
            hasReaction: false,
            disappearingModeInitiator: "chat",
            disappearingModeTrigger: "chat_settings",
            productHeaderImageRejected: false,
            lastPlaybackProgress: 0,
            isDynamicReplyButtonsMsg: false,
            isCarouselCard: false,
            parentMsgId: null,
            callSilenceReason: null,
            isVideoCall: false,
            callDuration: null,
            callCreator: null,
            callParticipants: null,
            isCallLink: null,
            callLinkToken: null,
            isMdHistoryMsg: false,
            stickerSentTs: 0,
            lastUpdateFromServerTs: 0,
            invokedBotWid: null,
            bizBotType: null,
            botResponseTargetId: null,
            botPluginType: null,
            botPluginReferenceIndex: null,
            botPluginSearchProvider: null,
            botPluginSearchUrl: null,
            botPluginSearchQuery: null,
            botPluginMaybeParent: false,
            botReelPluginThumbnailCdnUrl: null,
            botMessageDisclaimerText: null,
            botMsgBodyType: null,
            requiresDirectConnection: false,
            bizContentPlaceholderType: null,
            hostedBizEncStateMismatch: false,
            senderOrRecipientAccountTypeHosted: false,
            placeholderCreatedWhenAccountIsHosted: false,
            galaxyFlowDisabled: false,
            links: {}
          },
          mediaKey: "MEDIA_KEY_PLACEHOLDER",
          id: {
            fromMe: true,
            remote: "000000000000@c.us",
            id: "MSG_ID_123456",
            _serialized: "true_000000000000@c.us_MSG_ID_123456"
          },
          ack: 0,
          hasMedia: true,
          body: "Here's your requested image.",
          type: "image",
          timestamp: 1759108866,
          from: "111111111111@c.us",
          to: "000000000000@c.us",
          deviceType: "android",
          isForwarded: false,
          forwardingScore: 0,
          isStatus: false,
          isStarred: false,
          fromMe: true,
          hasQuotedMsg: false,
          hasReaction: false,
          vCards: {},
          mentionedIds: {},
          groupMentions: {},
          isGif: false,
          links: {}
        }
      }
    },
    headers: {
      "Retry-After": {
        required: false,
        description: "How long to wait before retrying: a number of seconds, or an HTTP date.\n",
        schema: {
          type: "string",
          pattern: "^(\\d+|[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$",
          "x-evidence": [
            {
              source: "http-semantics",
              url: "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3",
              note: "Retry-After is delay-seconds or an HTTP-date; Wawp does not document sending it."
            }
          ],
          description: "**Source:** http-semantics ([www.rfc-editor.org \u203A rfc9110#section-10.2.3](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3)): Retry-After is delay-seconds or an HTTP-date; Wawp does not document sending it."
        },
        example: "30"
      },
      "X-Request-Id": {
        required: false,
        description: "Identifier of this request, when the API sends one. Quote it when you contact support.\n\n**Source:** illustrative: A common convention (peers such as OpenAI's API send one); no Wawp page shows this header. Optional for that reason.",
        schema: {
          type: "string"
        },
        example: "req_01JDWX8Z2K7QY3M5N9P4R6T8V0",
        "x-evidence": [
          {
            source: "illustrative",
            note: "A common convention (peers such as OpenAI's API send one); no Wawp page shows this header. Optional for that reason."
          }
        ]
      }
    },
    schemas: {
      SendLinkPreviewRequest: {
        type: "object",
        description: 'A message with a custom link-preview card, and the credentials to send it. Fields not listed\nhere are not refused (no source says the API refuses them, and a field Wawp adds later must\nstay usable); the SDK\'s TypeScript type stays closed, and its client warns about them.\n\n**WhatsApp\'s card rules** (`x-card-rules`; `@linkcard/unfurl`\'s `checkCard` checks them):\n- `head-within-300kb`: The page\'s `<head>` ends within the first 300 KB of its HTML. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): "The `<head>` containing the HTML mark-ups must appear within the first 300KB of the HTML. The entire HTML does not need to fit within 300KB." KB is read as 1000 bytes, the stricter reading.\n- `og-title`: `og:title` is in the page\'s `<head>` and not empty. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): "The `<og:title>`, `<og:description>` and `<og:url>` mark-ups must be inside the `<head>` tag. They should not be empty."\n- `og-description`: `og:description` is in the page\'s `<head>` and not empty. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): "The `<og:title>`, `<og:description>` and `<og:url>` mark-ups must be inside the `<head>` tag. They should not be empty."\n- `og-url`: `og:url` is in the page\'s `<head>` and not empty. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The same sentence as og:title\'s; the page also asks for the undecorated canonical URL there.\n- `image-absolute`: The image\'s URL, as the page writes it, is absolute. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page asks for an absolute og:image URL.\n- `image-under-600kb`: The image is smaller than 600 KB. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page gives og:image a size limit of 600 KB (KB read as 1000 bytes, the stricter reading). Third-party pages repeat a 300 KB limit that Meta does not state. Applied here to the thumbnail too, the image the card carries.\n- `image-300px-wide`: The image is at least 300 px wide. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page asks for an og:image at least 300 px wide. Applied here to the thumbnail too.\n- `image-aspect-4-1`: The image is at most 4 times as wide as it is high. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page asks for an og:image aspect ratio of 4:1 or less (width to height; it says nothing of tall images). Applied here to the thumbnail too.\n- `title-2-lines`: The title shows on at most 2 lines; the rest is cut. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page says WhatsApp shows og:title in bold on at most 2 lines.\n- `description-80-chars`: About 80 characters of the description show; the rest is cut. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page says about 80 characters of og:description show.\n- `best-attempt`: A preview is a best attempt; WhatsApp may show none even when every rule holds. **Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page calls link previews a "best attempt" that "should not be relied on".\n\n**Source:** vendor-page ([api.wawp.net \u203A link-preview](https://api.wawp.net/en/docs/v2/send/link-preview)): The page lists every field, but its table lost the "required" column; the four required here are the ones a send cannot do without (the credentials, per Wawp\'s 400 "Missing Token" and 401 samples; a recipient; the link to preview). Only reply_to is marked optional on the page ("\u2014"), and text is described as "Optional".',
        required: [
          "instance_id",
          "access_token",
          "chatId",
          "url"
        ],
        "x-card-rules": [
          {
            id: "head-within-300kb",
            summary: "The page's `<head>` ends within the first 300 KB of its HTML.",
            measure: "page.headEnd",
            unit: "bytes",
            maximum: 3e5,
            "x-evidence": [
              {
                source: "whatsapp-docs",
                url: "https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/",
                note: '"The `<head>` containing the HTML mark-ups must appear within the first 300KB of the HTML. The entire HTML does not need to fit within 300KB." KB is read as 1000 bytes, the stricter reading.'
              }
            ],
            description: '**Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): "The `<head>` containing the HTML mark-ups must appear within the first 300KB of the HTML. The entire HTML does not need to fit within 300KB." KB is read as 1000 bytes, the stricter reading.'
          },
          {
            id: "og-title",
            summary: "`og:title` is in the page's `<head>` and not empty.",
            measure: "page.og:title",
            minLength: 1,
            "x-evidence": [
              {
                source: "whatsapp-docs",
                url: "https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/",
                note: '"The `<og:title>`, `<og:description>` and `<og:url>` mark-ups must be inside the `<head>` tag. They should not be empty."'
              }
            ],
            description: '**Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): "The `<og:title>`, `<og:description>` and `<og:url>` mark-ups must be inside the `<head>` tag. They should not be empty."'
          },
          {
            id: "og-description",
            summary: "`og:description` is in the page's `<head>` and not empty.",
            measure: "page.og:description",
            minLength: 1,
            "x-evidence": [
              {
                source: "whatsapp-docs",
                url: "https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/",
                note: '"The `<og:title>`, `<og:description>` and `<og:url>` mark-ups must be inside the `<head>` tag. They should not be empty."'
              }
            ],
            description: '**Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): "The `<og:title>`, `<og:description>` and `<og:url>` mark-ups must be inside the `<head>` tag. They should not be empty."'
          },
          {
            id: "og-url",
            summary: "`og:url` is in the page's `<head>` and not empty.",
            measure: "page.og:url",
            minLength: 1,
            "x-evidence": [
              {
                source: "whatsapp-docs",
                url: "https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/",
                note: "The same sentence as og:title's; the page also asks for the undecorated canonical URL there."
              }
            ],
            description: "**Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The same sentence as og:title's; the page also asks for the undecorated canonical URL there."
          },
          {
            id: "image-absolute",
            summary: "The image's URL, as the page writes it, is absolute.",
            measure: "image.url",
            format: "uri",
            "x-evidence": [
              {
                source: "whatsapp-docs",
                url: "https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/",
                note: "The page asks for an absolute og:image URL."
              }
            ],
            description: "**Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page asks for an absolute og:image URL."
          },
          {
            id: "image-under-600kb",
            summary: "The image is smaller than 600 KB.",
            measure: "image.bytes",
            unit: "bytes",
            exclusiveMaximum: 6e5,
            "x-evidence": [
              {
                source: "whatsapp-docs",
                url: "https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/",
                note: "The page gives og:image a size limit of 600 KB (KB read as 1000 bytes, the stricter reading). Third-party pages repeat a 300 KB limit that Meta does not state. Applied here to the thumbnail too, the image the card carries."
              }
            ],
            description: "**Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page gives og:image a size limit of 600 KB (KB read as 1000 bytes, the stricter reading). Third-party pages repeat a 300 KB limit that Meta does not state. Applied here to the thumbnail too, the image the card carries."
          },
          {
            id: "image-300px-wide",
            summary: "The image is at least 300 px wide.",
            measure: "image.width",
            unit: "px",
            minimum: 300,
            "x-evidence": [
              {
                source: "whatsapp-docs",
                url: "https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/",
                note: "The page asks for an og:image at least 300 px wide. Applied here to the thumbnail too."
              }
            ],
            description: "**Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page asks for an og:image at least 300 px wide. Applied here to the thumbnail too."
          },
          {
            id: "image-aspect-4-1",
            summary: "The image is at most 4 times as wide as it is high.",
            measure: "image.aspectRatio",
            maximum: 4,
            "x-evidence": [
              {
                source: "whatsapp-docs",
                url: "https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/",
                note: "The page asks for an og:image aspect ratio of 4:1 or less (width to height; it says nothing of tall images). Applied here to the thumbnail too."
              }
            ],
            description: "**Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page asks for an og:image aspect ratio of 4:1 or less (width to height; it says nothing of tall images). Applied here to the thumbnail too."
          },
          {
            id: "title-2-lines",
            summary: "The title shows on at most 2 lines; the rest is cut.",
            measure: "title.lines",
            maximum: 2,
            "x-evidence": [
              {
                source: "whatsapp-docs",
                url: "https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/",
                note: "The page says WhatsApp shows og:title in bold on at most 2 lines."
              }
            ],
            description: "**Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page says WhatsApp shows og:title in bold on at most 2 lines."
          },
          {
            id: "description-80-chars",
            summary: "About 80 characters of the description show; the rest is cut.",
            measure: "description.length",
            unit: "characters",
            maximum: 80,
            "x-evidence": [
              {
                source: "whatsapp-docs",
                url: "https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/",
                note: "The page says about 80 characters of og:description show."
              }
            ],
            description: "**Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page says about 80 characters of og:description show."
          },
          {
            id: "best-attempt",
            summary: "A preview is a best attempt; WhatsApp may show none even when every rule holds.",
            measure: "none",
            "x-evidence": [
              {
                source: "whatsapp-docs",
                url: "https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/",
                note: 'The page calls link previews a "best attempt" that "should not be relied on".'
              }
            ],
            description: '**Source:** whatsapp-docs ([developers.facebook.com \u203A link-previews](https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)): The page calls link previews a "best attempt" that "should not be relied on".'
          }
        ],
        "x-evidence": [
          {
            source: "vendor-page",
            url: "https://api.wawp.net/en/docs/v2/send/link-preview",
            note: `The page lists every field, but its table lost the "required" column; the four required here are the ones a send cannot do without (the credentials, per Wawp's 400 "Missing Token" and 401 samples; a recipient; the link to preview). Only reply_to is marked optional on the page ("\u2014"), and text is described as "Optional".`
          }
        ],
        properties: {
          instance_id: {
            type: "string",
            minLength: 1,
            description: 'Your WhatsApp instance ID, from the Wawp dashboard.\n\n**Source:** vendor-docs ([api.wawp.net \u203A start](https://api.wawp.net/en/docs/v2/session/start)): "Your unique WhatsApp Instance ID"; an empty one is a missing one, which Wawp answers with 400 "Missing Required Parameter(s)".',
            examples: [
              "123456789"
            ],
            "x-evidence": [
              {
                source: "vendor-docs",
                url: "https://api.wawp.net/en/docs/v2/session/start",
                note: '"Your unique WhatsApp Instance ID"; an empty one is a missing one, which Wawp answers with 400 "Missing Required Parameter(s)".'
              }
            ]
          },
          access_token: {
            type: "string",
            minLength: 1,
            description: 'Your API access token, from the Wawp dashboard. A secret; keep it on your server.\n\n**Source:** vendor-docs ([api.wawp.net \u203A create](https://api.wawp.net/en/docs/v2/session/create)): "Your API Access Token"; a missing one is answered 400 "Missing Token" or 401 "Invalid or Missing Access Token".',
            examples: [
              "123456789"
            ],
            "x-evidence": [
              {
                source: "vendor-docs",
                url: "https://api.wawp.net/en/docs/v2/session/create",
                note: '"Your API Access Token"; a missing one is answered 400 "Missing Token" or 401 "Invalid or Missing Access Token".'
              }
            ]
          },
          chatId: {
            type: "string",
            description: 'The recipient: a phone number with country code (digits; a leading `+` and spaces are\nallowed and stripped by the API), or a WhatsApp ID: `<number>@c.us` for a person,\n`<id>@g.us` (or the older `<number>-<timestamp>@g.us`) for a group, `<id>@newsletter`\nfor a channel, `<id>@lid` for a user with a hidden number, `<id>@broadcast` for a\nbroadcast list, `status@broadcast` for your status. The SDK sends it as given.\n\n**Source:** vendor-page ([api.wawp.net \u203A link-preview](https://api.wawp.net/en/docs/v2/send/link-preview)): "Target phone number with country code", example 201234567890. A number with country code is an E.164 number: at most 15 digits; the shortest in use have 7.\n\n**Source:** vendor-docs ([api.wawp.net \u203A text](https://api.wawp.net/en/docs/v2/send/text)): "The chatId is sanitized (removing + or extraneous spaces)"; the example uses 201234567890@c.us. Send Image (https://api.wawp.net/en/docs/v2/send/image) supports @c.us, @g.us and @newsletter.\n\n**Source:** whatsapp-web.js ([github.com \u203A Message.js#L126-L143](https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js#L126-L143)): Messages to status@broadcast are status updates, and broadcast-list messages carry `broadcast`; @lid is WhatsApp\'s hidden-number user ID (also documented by WAHA, https://waha.devlike.pro/docs/how-to/send-messages/).',
            pattern: "^( *(\\+ *)?([0-9] *){7,15}|[0-9]+(-[0-9]+)?@(c\\.us|g\\.us|newsletter|lid|broadcast)|status@broadcast)$",
            "x-pattern-message": "must be a phone number with country code (digits; + and spaces allowed) or a WhatsApp ID ending @c.us, @g.us, @newsletter, @lid or @broadcast",
            examples: [
              "201234567890",
              "+20 123 456 7890",
              "201234567890@c.us",
              "120363025246125486@g.us"
            ],
            "x-evidence": [
              {
                source: "vendor-page",
                url: "https://api.wawp.net/en/docs/v2/send/link-preview",
                note: '"Target phone number with country code", example 201234567890. A number with country code is an E.164 number: at most 15 digits; the shortest in use have 7.'
              },
              {
                source: "vendor-docs",
                url: "https://api.wawp.net/en/docs/v2/send/text",
                note: '"The chatId is sanitized (removing + or extraneous spaces)"; the example uses 201234567890@c.us. Send Image (https://api.wawp.net/en/docs/v2/send/image) supports @c.us, @g.us and @newsletter.'
              },
              {
                source: "whatsapp-web.js",
                url: "https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js#L126-L143",
                note: "Messages to status@broadcast are status updates, and broadcast-list messages carry `broadcast`; @lid is WhatsApp's hidden-number user ID (also documented by WAHA, https://waha.devlike.pro/docs/how-to/send-messages/)."
              }
            ]
          },
          url: {
            type: "string",
            description: 'The link to preview. An `http` or `https` URL (the scheme in any case).\n\n**Source:** vendor-page ([api.wawp.net \u203A link-preview](https://api.wawp.net/en/docs/v2/send/link-preview)): "The URL to preview", example https://wawp.net.\n\n**Source:** http-semantics ([www.rfc-editor.org \u203A rfc3986#section-3.1](https://www.rfc-editor.org/rfc/rfc3986#section-3.1)): URL schemes are case-insensitive. Peers (WAHA) take http and https only.',
            pattern: "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+([/?#]\\S*)?$",
            "x-pattern-message": "must be an http(s) URL with a host and no spaces",
            examples: [
              "https://wawp.net"
            ],
            "x-evidence": [
              {
                source: "vendor-page",
                url: "https://api.wawp.net/en/docs/v2/send/link-preview",
                note: '"The URL to preview", example https://wawp.net.'
              },
              {
                source: "http-semantics",
                url: "https://www.rfc-editor.org/rfc/rfc3986#section-3.1",
                note: "URL schemes are case-insensitive. Peers (WAHA) take http and https only."
              }
            ]
          },
          text: {
            type: "string",
            maxLength: 4096,
            description: 'Optional text sent with the card, up to 4096 characters.\n\n**Source:** vendor-page ([api.wawp.net \u203A link-preview](https://api.wawp.net/en/docs/v2/send/link-preview)): "Optional text message accompanying the link."\n\n**Source:** vendor-docs ([api.wawp.net \u203A text](https://api.wawp.net/en/docs/v2/send/text)): "WhatsApp supports up to 4,096 characters, and our proxy enforces this limit" (said of Send Text; not stated for this endpoint).',
            examples: [
              "Check out our new website!"
            ],
            "x-evidence": [
              {
                source: "vendor-page",
                url: "https://api.wawp.net/en/docs/v2/send/link-preview",
                note: '"Optional text message accompanying the link."'
              },
              {
                source: "vendor-docs",
                url: "https://api.wawp.net/en/docs/v2/send/text",
                note: '"WhatsApp supports up to 4,096 characters, and our proxy enforces this limit" (said of Send Text; not stated for this endpoint).'
              }
            ]
          },
          thumbnail: {
            type: "string",
            description: 'An `http` or `https` URL of a JPEG or PNG image to show on the card.\n\n**Source:** vendor-page ([api.wawp.net \u203A link-preview](https://api.wawp.net/en/docs/v2/send/link-preview)): "URL for a custom thumbnail image (JPEG/PNG)"; x-media-types lists the two.',
            pattern: "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+([/?#]\\S*)?$",
            "x-media-types": [
              "image/jpeg",
              "image/png"
            ],
            "x-pattern-message": "must be an http(s) URL with a host and no spaces",
            examples: [
              "https://wawp.net/samples/cat.jpg"
            ],
            "x-evidence": [
              {
                source: "vendor-page",
                url: "https://api.wawp.net/en/docs/v2/send/link-preview",
                note: '"URL for a custom thumbnail image (JPEG/PNG)"; x-media-types lists the two.'
              }
            ]
          },
          title: {
            type: "string",
            description: "The card's title, instead of the page's own.",
            examples: [
              "Wawp - Advanced WhatsApp API"
            ]
          },
          description: {
            type: "string",
            description: "The card's description, instead of the page's own.",
            examples: [
              "The ultimate platform for WhatsApp automation."
            ]
          },
          linkPreviewHighQuality: {
            type: "boolean",
            description: 'Ask for a large image card instead of the small square icon, where the recipient\'s phone\nsupports it. The vendor documents no default; peers differ (WAHA\'s custom preview\ndefaults to `true`, its plain text send to `false`), so set it when it matters.\n\n**Source:** vendor-page ([api.wawp.net \u203A link-preview](https://api.wawp.net/en/docs/v2/send/link-preview)): "Try to generate a larger, high-quality preview"; "a much larger image card ... instead of the small square icon" "if the recipient\'s phone supports it". No default is given.',
            examples: [
              true
            ],
            "x-evidence": [
              {
                source: "vendor-page",
                url: "https://api.wawp.net/en/docs/v2/send/link-preview",
                note: `"Try to generate a larger, high-quality preview"; "a much larger image card ... instead of the small square icon" "if the recipient's phone supports it". No default is given.`
              }
            ]
          },
          reply_to: {
            type: [
              "string",
              "null"
            ],
            description: 'The serialized ID of a message to reply to (`Message.id._serialized`), or null.\n\n**Source:** vendor-page ([api.wawp.net \u203A link-preview](https://api.wawp.net/en/docs/v2/send/link-preview)): "The ID of a message to reply to", example null.',
            examples: [
              "false_201234567890@c.us_3EB0C767D26A8B4C1F27",
              null
            ],
            "x-evidence": [
              {
                source: "vendor-page",
                url: "https://api.wawp.net/en/docs/v2/send/link-preview",
                note: '"The ID of a message to reply to", example null.'
              }
            ]
          }
        }
      },
      Wid: {
        type: "object",
        description: "A WhatsApp ID as an object, as the raw `_data` (and some IDs inside a `Message`) carry it.\n\n**Source:** vendor-page ([api.wawp.net \u203A link-preview](https://api.wawp.net/en/docs/v2/send/link-preview)): The page's example carries `_data.from` and `_data.to` as such objects.",
        properties: {
          server: {
            type: "string",
            description: "`c.us`, `g.us`, `newsletter`, `lid` or `broadcast`."
          },
          user: {
            type: "string",
            description: "The number or group ID."
          },
          _serialized: {
            type: "string",
            description: "`<user>@<server>`."
          }
        },
        examples: [
          {
            server: "c.us",
            user: "201234567890",
            _serialized: "201234567890@c.us"
          }
        ],
        "x-evidence": [
          {
            source: "vendor-page",
            url: "https://api.wawp.net/en/docs/v2/send/link-preview",
            note: "The page's example carries `_data.from` and `_data.to` as such objects."
          }
        ]
      },
      WidOrString: {
        description: "A WhatsApp ID, as a `Wid` object or as its serialized string (whatsapp-web.js passes either through).\n\n**Source:** whatsapp-web.js ([github.com \u203A Message.js#L71-L99](https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js#L71-L99)): whatsapp-web.js itself reads from, to and author as either form (`typeof data.from === 'object' ? data.from._serialized : data.from`); IDs it does not normalize keep whichever form WhatsApp Web gave.",
        oneOf: [
          {
            $ref: "#/components/schemas/Wid"
          },
          {
            type: "string"
          }
        ],
        "x-evidence": [
          {
            source: "whatsapp-web.js",
            url: "https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js#L71-L99",
            note: "whatsapp-web.js itself reads from, to and author as either form (`typeof data.from === 'object' ? data.from._serialized : data.from`); IDs it does not normalize keep whichever form WhatsApp Web gave."
          }
        ]
      },
      MessageId: {
        type: "object",
        description: "Identifies a message.\n\n**Source:** whatsapp-web.js ([github.com \u203A index.d.ts#L1363-L1369](https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/index.d.ts#L1363-L1369)): MessageId in index.d.ts; `participant` is present for group messages though index.d.ts omits it (https://github.com/wwebjs/whatsapp-web.js/pull/3337, https://github.com/wwebjs/whatsapp-web.js/issues/3446).",
        required: [
          "fromMe",
          "remote",
          "id",
          "_serialized"
        ],
        properties: {
          fromMe: {
            type: "boolean",
            description: "Whether the message was sent by this instance."
          },
          remote: {
            type: "string",
            description: "The chat the message belongs to."
          },
          id: {
            type: "string",
            description: "The message's own ID."
          },
          participant: {
            $ref: "#/components/schemas/WidOrString",
            description: "In groups, the member who sent the message; absent in one-to-one chats."
          },
          _serialized: {
            type: "string",
            description: "`<fromMe>_<remote>_<id>` (in groups, `_<participant>` follows); use it as `reply_to`."
          }
        },
        examples: [
          {
            fromMe: true,
            remote: "201234567890@c.us",
            id: "3EB0C767D26A8B4C1F27",
            _serialized: "true_201234567890@c.us_3EB0C767D26A8B4C1F27"
          }
        ],
        "x-evidence": [
          {
            source: "whatsapp-web.js",
            url: "https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/index.d.ts#L1363-L1369",
            note: "MessageId in index.d.ts; `participant` is present for group messages though index.d.ts omits it (https://github.com/wwebjs/whatsapp-web.js/pull/3337, https://github.com/wwebjs/whatsapp-web.js/issues/3446)."
          }
        ]
      },
      MessageKey: {
        type: "object",
        description: "The key of another message (an edited or revoked one), as WhatsApp Web gives it.\n\n**Source:** whatsapp-web.js ([github.com \u203A Message.js#L285-L301](https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js#L285-L301)): latestEditMsgKey and protocolMessageKey are WhatsApp Web's MsgKey, passed through unchanged.",
        properties: {
          fromMe: {
            type: "boolean",
            description: "Whether that message was sent by this instance."
          },
          remote: {
            $ref: "#/components/schemas/WidOrString",
            description: "The chat of that message."
          },
          id: {
            type: "string",
            description: "That message's own ID."
          },
          participant: {
            $ref: "#/components/schemas/WidOrString",
            description: "In groups, the member who sent it."
          },
          _serialized: {
            type: "string",
            description: "That message's serialized ID."
          }
        },
        "x-evidence": [
          {
            source: "whatsapp-web.js",
            url: "https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js#L285-L301",
            note: "latestEditMsgKey and protocolMessageKey are WhatsApp Web's MsgKey, passed through unchanged."
          }
        ]
      },
      MessageAck: {
        type: "integer",
        description: "How far delivery has got. whatsapp-web.js names `-1` ACK_ERROR, `0` ACK_PENDING,\n`1` ACK_SERVER (reached WhatsApp's server), `2` ACK_DEVICE (reached the recipient's device),\n`3` ACK_READ, `4` ACK_PLAYED (voice and video). It passes WhatsApp Web's own value through,\nwhich may also be `-7` MD_DOWNGRADE, `-6` INACTIVE, `-5` CONTENT_UNUPLOADABLE,\n`-4` CONTENT_TOO_BIG, `-3` CONTENT_GONE, `-2` EXPIRED or `5` PEER; treat any other\ninteger as unknown rather than as an error.\n\n**Source:** whatsapp-web.js ([github.com \u203A Constants.js#L175-L187](https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/util/Constants.js#L175-L187)): MessageAck -1..4; `this.ack = data.ack` passes WhatsApp Web's value through unmapped. WhatsApp Web's ACK enum (-7..5) as wppconnect's wa-js types it, https://github.com/wppconnect-team/wa-js/blob/main/src/whatsapp/enums/ACK.ts.",
        examples: [
          1
        ],
        "x-evidence": [
          {
            source: "whatsapp-web.js",
            url: "https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/util/Constants.js#L175-L187",
            note: "MessageAck -1..4; `this.ack = data.ack` passes WhatsApp Web's value through unmapped. WhatsApp Web's ACK enum (-7..5) as wppconnect's wa-js types it, https://github.com/wppconnect-team/wa-js/blob/main/src/whatsapp/enums/ACK.ts."
          }
        ]
      },
      EmptyList: {
        type: "object",
        maxProperties: 0,
        additionalProperties: false,
        description: "An empty list, as the API serializes it (`{}`).\n\n**Source:** vendor-page ([api.wawp.net \u203A link-preview](https://api.wawp.net/en/docs/v2/send/link-preview)): The page's example shows `vCards`, `mentionedIds`, `groupMentions`, `links`, `mentionedJidList` and `labels` as `{}`, where whatsapp-web.js has arrays.",
        "x-evidence": [
          {
            source: "vendor-page",
            url: "https://api.wawp.net/en/docs/v2/send/link-preview",
            note: "The page's example shows `vCards`, `mentionedIds`, `groupMentions`, `links`, `mentionedJidList` and `labels` as `{}`, where whatsapp-web.js has arrays."
          }
        ]
      },
      StringList: {
        description: "A list of strings. The API serializes an empty list as `{}`; the SDK gives you `[]`.",
        oneOf: [
          {
            type: "array",
            items: {
              type: "string"
            }
          },
          {
            $ref: "#/components/schemas/EmptyList"
          }
        ]
      },
      GroupMentionList: {
        description: "Groups mentioned in the message. The API serializes an empty list as `{}`; the SDK gives you `[]`.",
        oneOf: [
          {
            type: "array",
            items: {
              type: "object",
              properties: {
                groupSubject: {
                  type: "string",
                  description: "The group's name."
                },
                groupJid: {
                  $ref: "#/components/schemas/WidOrString",
                  description: "The group's ID."
                }
              }
            }
          },
          {
            $ref: "#/components/schemas/EmptyList"
          }
        ]
      },
      LinkList: {
        description: "Links found in the body. The API serializes an empty list as `{}`; the SDK gives you `[]`.",
        oneOf: [
          {
            type: "array",
            items: {
              type: "object",
              required: [
                "link",
                "isSuspicious"
              ],
              "x-evidence": [
                {
                  source: "whatsapp-web.js",
                  url: "https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/util/Injected/Utils.js#L808-L815",
                  note: "getMessageModel maps every link to `{link: link.href, isSuspicious: Boolean(...)}`."
                }
              ],
              properties: {
                link: {
                  type: "string",
                  description: "The link as written."
                },
                isSuspicious: {
                  type: "boolean",
                  description: "Whether WhatsApp flags the link as suspicious."
                }
              },
              description: "**Source:** whatsapp-web.js ([github.com \u203A Utils.js#L808-L815](https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/util/Injected/Utils.js#L808-L815)): getMessageModel maps every link to `{link: link.href, isSuspicious: Boolean(...)}`."
            }
          },
          {
            $ref: "#/components/schemas/EmptyList"
          }
        ]
      },
      Location: {
        type: "object",
        additionalProperties: true,
        description: "A location, as whatsapp-web.js's `Location` serializes.\n\n**Source:** whatsapp-web.js ([github.com \u203A Location.js#L15-L60](https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Location.js#L15-L60)): latitude, longitude and description are always set; name, address and url only when known.",
        properties: {
          latitude: {
            type: "number",
            description: "Latitude in degrees."
          },
          longitude: {
            type: "number",
            description: "Longitude in degrees."
          },
          name: {
            type: "string",
            description: "The place's name, when it has one."
          },
          address: {
            type: "string",
            description: "The place's address, when it has one."
          },
          url: {
            type: "string",
            description: "A URL shown with the location, when it has one."
          },
          description: {
            type: "string",
            description: "The name and the address, one per line (empty when neither is known)."
          }
        },
        "x-evidence": [
          {
            source: "whatsapp-web.js",
            url: "https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Location.js#L15-L60",
            note: "latitude, longitude and description are always set; name, address and url only when known."
          }
        ]
      },
      InviteV4: {
        type: "object",
        additionalProperties: true,
        description: "A group invitation.\n\n**Source:** whatsapp-web.js ([github.com \u203A Message.js#L200-L222](https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js#L200-L222)): Set only for groups_v4_invite messages.",
        properties: {
          inviteCode: {
            type: "string",
            description: "The invitation code."
          },
          inviteCodeExp: {
            type: "integer",
            description: "When the code expires, in Unix seconds."
          },
          groupId: {
            $ref: "#/components/schemas/WidOrString",
            description: "The group's ID."
          },
          groupName: {
            type: "string",
            description: "The group's name."
          },
          fromId: {
            type: "string",
            description: "Who invites."
          },
          toId: {
            type: "string",
            description: "Who is invited."
          }
        },
        "x-evidence": [
          {
            source: "whatsapp-web.js",
            url: "https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js#L200-L222",
            note: "Set only for groups_v4_invite messages."
          }
        ]
      },
      PollOption: {
        type: "object",
        additionalProperties: true,
        description: "One option of a poll.\n\n**Source:** whatsapp-web.js ([github.com \u203A PollVote.js#L38-L45](https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/PollVote.js#L38-L45)): whatsapp-web.js reads options as `{name, localId}` (index.d.ts's `string[]` for Message.pollOptions is wrong).",
        properties: {
          name: {
            type: "string",
            description: "The option's text."
          },
          localId: {
            type: "integer",
            description: "The option's number within the poll."
          }
        },
        "x-evidence": [
          {
            source: "whatsapp-web.js",
            url: "https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/PollVote.js#L38-L45",
            note: "whatsapp-web.js reads options as `{name, localId}` (index.d.ts's `string[]` for Message.pollOptions is wrong)."
          }
        ]
      },
      Message: {
        type: "object",
        description: "The sent message, as whatsapp-web.js serializes it. Fields that whatsapp-web.js always sets\nare required; the ones it copies from WhatsApp Web's raw data, or sets only for some kinds of\nmessage, are optional. `_data` is the raw message and may carry fields not listed here.\n\n**Source:** whatsapp-web.js ([github.com \u203A Message.js#L24-L345](https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js#L24-L345)): Message._patch. Required are the fields it always assigns a value, plus ack, type, timestamp, from and to, which it copies from fields every WhatsApp Web message has (the vendor page's example has them all). isForwarded, isStarred, links, isEphemeral and mediaKey are copied as they are and may be absent.",
        required: [
          "_data",
          "id",
          "ack",
          "hasMedia",
          "body",
          "type",
          "timestamp",
          "from",
          "to",
          "deviceType",
          "forwardingScore",
          "isStatus",
          "fromMe",
          "hasQuotedMsg",
          "hasReaction",
          "vCards",
          "mentionedIds",
          "groupMentions",
          "isGif"
        ],
        "x-evidence": [
          {
            source: "whatsapp-web.js",
            url: "https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js#L24-L345",
            note: "Message._patch. Required are the fields it always assigns a value, plus ack, type, timestamp, from and to, which it copies from fields every WhatsApp Web message has (the vendor page's example has them all). isForwarded, isStarred, links, isEphemeral and mediaKey are copied as they are and may be absent."
          }
        ],
        properties: {
          _data: {
            $ref: "#/components/schemas/RawMessage"
          },
          id: {
            $ref: "#/components/schemas/MessageId"
          },
          ack: {
            $ref: "#/components/schemas/MessageAck"
          },
          hasMedia: {
            type: "boolean",
            description: "Whether the message has media (an image, a document ...)."
          },
          body: {
            type: "string",
            description: "The text, or the caption of a media message."
          },
          type: {
            type: "string",
            description: "The message kind. Known values: `chat`, `audio`, `ptt`, `image`, `album`, `video`,\n`document`, `sticker`, `location`, `vcard`, `multi_vcard`, `order`, `revoked`,\n`product`, `unknown`, `groups_v4_invite`, `list`, `list_response`, `buttons_response`,\n`payment`, `broadcast_notification`, `call_log`, `ciphertext`, `debug`,\n`e2e_notification`, `gp2`, `group_notification`, `hsm`, `interactive`, `native_flow`,\n`notification`, `notification_template`, `oversized`, `protocol`, `reaction`,\n`template_button_reply`, `poll_creation`, `scheduled_event_creation`. A link-preview\nmessage is usually `chat`. Other values may appear.\n",
            examples: [
              "chat"
            ]
          },
          timestamp: {
            type: "integer",
            description: "When the message was sent, in Unix seconds."
          },
          from: {
            type: [
              "string",
              "null"
            ],
            description: "The sender's ID (null only if WhatsApp Web gave none)."
          },
          to: {
            type: [
              "string",
              "null"
            ],
            description: "The recipient's ID (null only if WhatsApp Web gave none)."
          },
          author: {
            type: [
              "string",
              "null"
            ],
            description: "In groups, the ID of the member who sent the message."
          },
          deviceType: {
            type: "string",
            description: "The sending device, `android`, `ios` or `web`."
          },
          isForwarded: {
            type: "boolean",
            description: "Whether the message was forwarded."
          },
          forwardingScore: {
            type: "integer",
            minimum: 0,
            description: 'How many times the message was forwarded (at most 127).\n\n**Source:** whatsapp-web.js ([github.com \u203A Message.js#L118-L124](https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js#L118-L124)): `data.forwardingScore || 0`; "The maximum value is 127."',
            "x-evidence": [
              {
                source: "whatsapp-web.js",
                url: "https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/structures/Message.js#L118-L124",
                note: '`data.forwardingScore || 0`; "The maximum value is 127."'
              }
            ]
          },
          isStatus: {
            type: "boolean",
            description: "Whether the message is a status update."
          },
          isStarred: {
            type: "boolean",
            description: "Whether the message is starred."
          },
          broadcast: {
            type: "boolean",
            description: "Whether the message was sent to a broadcast list."
          },
          fromMe: {
            type: "boolean",
            description: "Whether this instance sent the message."
          },
          hasQuotedMsg: {
            type: "boolean",
            description: "Whether the message quotes (replies to) another message."
          },
          hasReaction: {
            type: "boolean",
            description: "Whether the message has reactions."
          },
          duration: {
            type: [
              "string",
              "number"
            ],
            description: "The length of audio or video, in seconds (whatsapp-web.js documents a string)."
          },
          location: {
            $ref: "#/components/schemas/Location",
            description: "Only for `location` messages."
          },
          vCards: {
            $ref: "#/components/schemas/StringList"
          },
          inviteV4: {
            $ref: "#/components/schemas/InviteV4",
            description: "Only for `groups_v4_invite` messages."
          },
          mentionedIds: {
            $ref: "#/components/schemas/StringList"
          },
          groupMentions: {
            $ref: "#/components/schemas/GroupMentionList"
          },
          orderId: {
            type: "string",
            description: "Only for `order` messages."
          },
          token: {
            type: "string",
            description: "The order's token, only for `order` messages."
          },
          isGif: {
            type: "boolean",
            description: "Whether the video is a GIF."
          },
          isEphemeral: {
            type: "boolean",
            description: "Whether the message disappears."
          },
          title: {
            type: "string",
            description: "The link-preview title, when the message has one."
          },
          description: {
            type: "string",
            description: "The link-preview description, when the message has one."
          },
          businessOwnerJid: {
            $ref: "#/components/schemas/WidOrString",
            description: "For business messages, the business owner's ID."
          },
          productId: {
            type: "string",
            description: "For product messages, the product's ID."
          },
          latestEditSenderTimestampMs: {
            type: "integer",
            description: "When the message was last edited, in Unix milliseconds."
          },
          latestEditMsgKey: {
            $ref: "#/components/schemas/MessageKey",
            description: "The key of the message's last edit."
          },
          protocolMessageKey: {
            $ref: "#/components/schemas/MessageKey",
            description: "For a revoked message, the key of the original."
          },
          links: {
            $ref: "#/components/schemas/LinkList"
          },
          dynamicReplyButtons: {
            description: "The message's reply buttons, as WhatsApp Web gives them."
          },
          selectedButtonId: {
            type: "string",
            description: "For a button reply, the chosen button."
          },
          selectedRowId: {
            type: "string",
            description: "For a list reply, the chosen row."
          },
          pollName: {
            type: "string",
            description: "For a poll, its question."
          },
          pollOptions: {
            type: "array",
            description: "For a poll, its options.",
            items: {
              $ref: "#/components/schemas/PollOption"
            }
          },
          allowMultipleAnswers: {
            type: "boolean",
            description: "For a poll, whether several options may be chosen."
          },
          pollInvalidated: {
            type: "boolean",
            description: "For a poll, whether it was invalidated."
          },
          isSentCagPollCreation: {
            type: "boolean",
            description: "For a poll, whether it was sent in a community announcement group."
          },
          messageSecret: {
            type: "array",
            description: "For a poll, its secret (bytes), usable as an ID.",
            items: {
              type: "integer"
            }
          },
          mediaKey: {
            type: "string",
            description: "The media key, for media messages."
          }
        }
      },
      RawMessage: {
        type: "object",
        additionalProperties: true,
        description: "The raw message object from WhatsApp Web (`_data`). Its fields change with WhatsApp's\nreleases, so only the stable ones are listed; any other field may appear.\n\n**Source:** whatsapp-web.js ([github.com \u203A Utils.js#L801-L838](https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/util/Injected/Utils.js#L801-L838)): `_data` is WhatsApp Web's serialized message model (`getMessageModel`); the fields listed are in the vendor page's example.",
        required: [
          "id"
        ],
        "x-evidence": [
          {
            source: "whatsapp-web.js",
            url: "https://github.com/pedroslopez/whatsapp-web.js/blob/03498ea477bea8cd9ce6ba6a2c287ed8493a2f88/src/util/Injected/Utils.js#L801-L838",
            note: "`_data` is WhatsApp Web's serialized message model (`getMessageModel`); the fields listed are in the vendor page's example."
          }
        ],
        properties: {
          id: {
            $ref: "#/components/schemas/MessageId"
          },
          body: {
            type: "string",
            description: "The text, or base64 media data for media messages."
          },
          type: {
            type: "string",
            description: "The message kind; see `Message.type`."
          },
          t: {
            type: "integer",
            description: "When the message was sent, in Unix seconds."
          },
          from: {
            $ref: "#/components/schemas/WidOrString",
            description: "The sender."
          },
          to: {
            $ref: "#/components/schemas/WidOrString",
            description: "The recipient."
          },
          ack: {
            $ref: "#/components/schemas/MessageAck"
          },
          viewed: {
            type: "boolean",
            description: "Whether the message was viewed."
          },
          isNewMsg: {
            type: "boolean",
            description: "Whether the message is new in this session."
          },
          star: {
            type: "boolean",
            description: "Whether the message is starred."
          },
          caption: {
            type: "string",
            description: "The caption of a media message."
          },
          mimetype: {
            type: "string",
            description: "The media's MIME type."
          },
          canonicalUrl: {
            type: "string",
            description: "The previewed link's canonical URL."
          },
          matchedText: {
            type: "string",
            description: "The link as it was matched in the text."
          },
          title: {
            type: "string",
            description: "The preview card's title."
          },
          description: {
            type: "string",
            description: "The preview card's description."
          },
          thumbnail: {
            type: "string",
            description: "The preview card's thumbnail, base64 JPEG."
          },
          richPreviewType: {
            type: "integer",
            description: "WhatsApp's kind of rich preview."
          },
          doNotPlayInline: {
            type: "boolean",
            description: "Whether a video link must not play inline."
          },
          mentionedJidList: {
            $ref: "#/components/schemas/StringList"
          },
          groupMentions: {
            $ref: "#/components/schemas/GroupMentionList"
          },
          labels: {
            $ref: "#/components/schemas/StringList"
          },
          links: {
            $ref: "#/components/schemas/LinkList"
          }
        }
      },
      ErrorResponse: {
        type: "object",
        additionalProperties: true,
        description: "An error. Wawp's error bodies vary between endpoints and versions, so every field is\noptional and others may appear.\n\n**Source:** vendor-docs ([www.api.wawp.net \u203A export](https://www.api.wawp.net/api/docs/export?format=openapi)): Wawp's OpenAPI export declares ErrorResponse {status, message, error}, none required; `code` is from Wawp's tips (quota_reached, wawp_upstream_error) and third-party clients ({code, message}), unverified.",
        properties: {
          status: {
            type: "integer",
            description: "The HTTP status code, repeated."
          },
          message: {
            type: "string",
            description: "What went wrong, for a human."
          },
          error: {
            type: "string",
            description: "The status text or a short error name."
          },
          code: {
            type: "string",
            description: "A machine-readable error code, such as `quota_reached` or `wawp_upstream_error`."
          }
        },
        examples: [
          {
            status: 401,
            error: "Unauthorized",
            message: "Invalid or missing access token",
            code: "unauthorized"
          }
        ],
        "x-evidence": [
          {
            source: "vendor-docs",
            url: "https://www.api.wawp.net/api/docs/export?format=openapi",
            note: "Wawp's OpenAPI export declares ErrorResponse {status, message, error}, none required; `code` is from Wawp's tips (quota_reached, wawp_upstream_error) and third-party clients ({code, message}), unverified."
          }
        ]
      }
    }
  }
};

// bench/scratch/ab.ts
import createFetchClient2 from "openapi-fetch";

// ../http/src/read-body.ts
async function readBody(body2, limit, declared) {
  if (Number(declared) > limit) {
    await body2?.cancel().catch(() => {
    });
    return void 0;
  }
  if (!body2) return new Uint8Array(0);
  const reader = body2.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {
      });
      return void 0;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) bytes.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return bytes;
}
var utf8 = new TextDecoder();
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
async function readText(message2, limit, strict = false) {
  const bytes = await readBody(message2.body, limit, message2.headers.get("content-length"));
  return bytes && (strict ? strictUtf8 : utf8).decode(bytes);
}

// src/attempt.ts
import * as openapiFetch from "openapi-fetch";

// src/connection.ts
var NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|UND_ERR_CONNECT_TIMEOUT|ConnectionRefused|FailedToOpenSocket/;
var causes = (error) => {
  const all = [];
  for (let e = error; e && all.length < 8; e = e.cause) all.push(e);
  return all;
};
var neverSent = (error) => causes(error).some((e) => NOT_SENT.test(`${e?.code} ${e?.name} ${e?.message}`));
function whatHappened(error) {
  const deepest = causes(error).at(-1);
  return `${typeof deepest?.code === "string" ? `${deepest.code}: ` : ""}${deepest?.message ?? deepest}`;
}

// src/retry-after.ts
var RETRY_AFTER = "Retry-After";
function parseRetryAfter(headers, now = Date.now()) {
  const value = headers.get(RETRY_AFTER)?.trim();
  if (!value) return void 0;
  const at = /^\d+$/.test(value) ? now + Number(value) * 1e3 : /GMT$/.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isFinite(at) ? Math.max(0, at - now) : void 0;
}

// src/errors.ts
var LinkcardError = class extends Error {
  name = "LinkcardError";
  /** Whether the card may have reached the recipient: sending it again may deliver it twice. */
  mayHaveBeenSent = false;
};
var APIError = class extends LinkcardError {
  name = "APIError";
  constructor(status, body2, headers, requestId, detail) {
    super(`${status} ${detail}${requestId ? ` (request ${requestId})` : ""}`);
    const mayHaveBeenSent = status > 199 && status < 300 || status > 499 && status !== 503;
    Object.assign(this, { status, body: body2, headers, requestId, retryAfter: parseRetryAfter(headers), mayHaveBeenSent });
  }
};
var BadRequestError = class extends APIError {
  name = "BadRequestError";
};
var AuthenticationError = class extends APIError {
  name = "AuthenticationError";
};
var PermissionDeniedError = class extends APIError {
  name = "PermissionDeniedError";
};
var NotFoundError = class extends APIError {
  name = "NotFoundError";
};
var UnprocessableEntityError = class extends APIError {
  name = "UnprocessableEntityError";
};
var RateLimitError = class extends APIError {
  name = "RateLimitError";
};
var InternalServerError = class extends APIError {
  name = "InternalServerError";
};
var APIConnectionError = class extends LinkcardError {
  name = "APIConnectionError";
  constructor(message2, options) {
    super(message2, options);
    Object.assign(this, { mayHaveBeenSent: options.mayHaveBeenSent });
  }
};
var APITimeoutError = class extends APIConnectionError {
  name = "APITimeoutError";
  constructor(message2) {
    super(message2, { mayHaveBeenSent: true });
  }
};
var APIUserAbortError = class extends LinkcardError {
  name = "APIUserAbortError";
  constructor(message2, options) {
    super(message2, options);
    Object.assign(this, { mayHaveBeenSent: options.mayHaveBeenSent });
  }
};
var PROXY_MAYBE_SENT = ["proxy_upstream_dropped", "proxy_upstream_timeout", "proxy_bad_upstream_response"];
var ProxyError = class extends LinkcardError {
  name = "ProxyError";
  constructor(status, body2, headers) {
    super(`${status} ${body2.code}: ${body2.message}`);
    const { code } = body2;
    Object.assign(this, { status, code, body: body2, headers, mayHaveBeenSent: PROXY_MAYBE_SENT.includes(code) });
  }
};
var ValidationError = class extends LinkcardError {
  name = "ValidationError";
  constructor(what, issues) {
    super(`Invalid ${what}: ${issues.map((i) => `${i.path || what} ${i.message}`).join("; ")}`);
    Object.assign(this, { issues });
  }
};
var BY_STATUS = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  422: UnprocessableEntityError,
  429: RateLimitError
};
var errorClassFor = (status) => BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError);

// src/generated/contract.ts
var C0 = /^( *(\+ *)?([0-9] *){7,15}|[0-9]+(-[0-9]+)?@(c\.us|g\.us|newsletter|lid|broadcast)|status@broadcast)$/u;
var C1 = "must be a phone number with country code (digits; + and spaces allowed) or a WhatsApp ID ending @c.us, @g.us, @newsletter, @lid or @broadcast";
var C2 = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+([/?#]\S*)?$/u;
var C3 = "must be an http(s) URL with a host and no spaces";
var C4 = ["o", { "fromMe": "b", "remote": "s", "id": "s", "_serialized": "s" }];
var C5 = ["o", { "id": C4 }];
var PRODUCTION_URL = "https://api.wawp.net";
var MESSAGE = ["o", { "_data": C5, "id": C4, "ack": "i", "hasMedia": "b", "body": "s", "type": "s", "timestamp": "i", "from": "sn", "to": "sn", "deviceType": "s", "forwardingScore": "i", "isStatus": "b", "fromMe": "b", "hasQuotedMsg": "b", "hasReaction": "b", "vCards": "ao", "mentionedIds": "ao", "groupMentions": "ao", "isGif": "b" }];
var LISTS = [["_data", "mentionedJidList"], ["_data", "groupMentions"], ["_data", "labels"], ["_data", "links"], ["", "vCards"], ["", "mentionedIds"], ["", "groupMentions"], ["", "links"]];
var CLOSED = false;
var REQUIRED = ["instance_id", "access_token", "chatId", "url"];
var FIELDS = {
  "instance_id": ["s", 1],
  "access_token": ["s", 1],
  "chatId": ["s", , , C0, C1],
  "url": ["s", , , C2, C3],
  "text": ["s", , 4096],
  "thumbnail": ["s", , , C2, C3],
  "title": ["s"],
  "description": ["s"],
  "linkPreviewHighQuality": ["b"],
  "reply_to": ["sn"]
};

// src/redact.ts
var MIN = 8;
var NAMED = { "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" };
var WORD = /[A-Za-z\d]/;
var PART = "[A-Za-z\\d+/_-]?";
var literal = (text) => text.replace(/[$()*+.?[\\\]^{|}/-]/g, "\\$&");
var hex = (n, width = 1) => n.toString(16).padStart(width, "0").replace(/[a-f]/g, (c2) => `[${c2}${c2.toUpperCase()}]`);
var utf82 = (text) => [...new TextEncoder().encode(text)];
function written(char) {
  const point = char.codePointAt(0);
  const bytes = utf82(char);
  const units = Array.from(char, (_, i) => char.charCodeAt(i));
  const ways = [
    literal(char),
    literal(JSON.stringify(char).slice(1, -1)),
    literal(String.fromCharCode(...bytes)),
    units.map((unit) => `\\\\u${hex(unit, 4)}`).join(""),
    `\\\\u\\{0*${hex(point)}\\}`,
    bytes.map((b) => `%${hex(b, 2)}`).join(""),
    `&#0*${point};?`,
    `&#[xX]0*${hex(point)};?`
  ];
  if (point < 256) ways.push(`\\\\x${hex(point, 2)}`);
  if (char === "/") ways.push("\\\\/");
  if (char === " ") ways.push("\\+");
  if (NAMED[char]) ways.push(`&${NAMED[char]};`);
  return `(?:${[...new Set(ways)].join("|")})`;
}
function base64(bytes, shift) {
  const encoded = btoa(String.fromCharCode(...Array(shift).fill(0), ...bytes));
  return encoded.slice(Math.ceil(8 * shift / 6), Math.floor(8 * (shift + bytes.length) / 6));
}
function tokenPattern(secret) {
  if (!secret) return void 0;
  const chars = [...secret];
  const plain = (WORD.test(chars[0]) ? "(?<![A-Za-z\\d])" : "") + chars.map(written).join("") + (WORD.test(chars.at(-1)) ? "(?![A-Za-z\\d])" : "");
  const bytes = utf82(secret);
  const encoded = bytes.length * 2 >= MIN ? [bytes.map((b) => hex(b, 2)).join("")] : [];
  for (let shift = 0; shift < 3; shift++) {
    const b64 = base64(bytes, shift);
    if (b64.length >= MIN)
      for (const form of [b64, b64.replace(/\+/g, "-").replace(/\//g, "_")]) encoded.push(`${shift ? PART : ""}${literal(form)}${PART}=*`);
  }
  return new RegExp([plain, ...new Set(encoded)].join("|"), "g");
}
function redactor(secret) {
  const pattern = tokenPattern(secret);
  return pattern ? (text) => text.replace(pattern, "***") : (text) => text;
}
var DEPTH = 64;
function redactJson(value, redact, depth = 0) {
  if (typeof value === "string") return redact(value);
  if (typeof value !== "object" || value === null) return value;
  if (depth > DEPTH) return "***";
  if (Array.isArray(value)) return value.map((item) => redactJson(item, redact, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), redactJson(item, redact, depth + 1)]));
}
function holds(value, redact, seen, depth) {
  if (typeof value === "string") return redact(value) !== value;
  if (typeof value !== "object" || value === null || seen.has(value) || depth > 8) return false;
  seen.add(value);
  return Reflect.ownKeys(value).some((key) => {
    if (typeof key === "string" && redact(key) !== key) return true;
    try {
      return holds(value[key], redact, seen, depth + 1);
    } catch {
      return false;
    }
  });
}
function scrub(error, redact, depth = 0) {
  if (!holds(error, redact, /* @__PURE__ */ new Set(), 0)) return error;
  const { message: message2, code, cause, errors } = typeof error === "object" && error || { message: error };
  const copy = Object.assign(new Error(redact(String(message2))), code === void 0 ? {} : { code: redact(String(code)) });
  if (depth < 8 && cause !== void 0) copy.cause = scrub(cause, redact, depth + 1);
  if (Array.isArray(errors)) copy.errors = errors.map((item) => scrub(item, redact, depth + 1));
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}

// src/shape.ts
var typeOf = (value) => value === null ? "n" : Array.isArray(value) ? "a" : Number.isInteger(value) ? "i" : LETTERS[typeof value] ?? "u";
var LETTERS = { number: "x", string: "s", boolean: "b", object: "o" };
function matches(value, shape) {
  if (typeof shape === "string") return shape.includes(typeOf(value));
  if (!shape[0].includes(typeOf(value))) return false;
  for (const name in shape[1]) if (!matches(value[name], shape[1][name])) return false;
  return true;
}

// src/signals.ts
var TIMED_OUT = /* @__PURE__ */ Symbol("timeout");
var subscribers = /* @__PURE__ */ new WeakMap();
function onAbort(signal, callback) {
  let callbacks = subscribers.get(signal);
  if (!callbacks) {
    const all = callbacks = /* @__PURE__ */ new Set();
    subscribers.set(signal, all);
    signal.addEventListener("abort", () => all.forEach((f) => f()), { once: true });
  }
  callbacks.add(callback);
  return () => callbacks.delete(callback);
}
function attemptSignal(timeout, outer) {
  let controller;
  let reason;
  let reject;
  const abort = (why) => {
    if (reason !== void 0) return;
    reason = why;
    controller?.abort(why);
    reject?.(why);
  };
  const off = outer && (outer.aborted ? abort(outer.reason) : onAbort(outer, () => abort(outer.reason)));
  const timer = timeout < Infinity ? setTimeout(abort, timeout, TIMED_OUT) : void 0;
  return {
    get signal() {
      if (!controller) {
        controller = new AbortController();
        if (reason !== void 0) controller.abort(reason);
      }
      return controller.signal;
    },
    timedOut: () => reason === TIMED_OUT,
    guard: (work) => Promise.race([work, new Promise((_, fail) => reason !== void 0 ? fail(reason) : reject = fail)]),
    done() {
      clearTimeout(timer);
      off && off();
    }
  };
}
function sleep(ms, signal, mayHaveBeenSent) {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError("Aborted while waiting to retry", { cause: signal?.reason, mayHaveBeenSent }));
    };
    const off = signal && !signal.aborted && onAbort(signal, abort);
    const timer = setTimeout(() => {
      off && off();
      resolve();
    }, ms);
    if (signal?.aborted) abort();
  });
}

// src/attempt.ts
var createFetchClient = openapiFetch.default.default ?? openapiFetch.default;
var PATH = "/v2/send/link-preview";
var REQUEST_ID = "X-Request-Id";
var MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
var parseJson = (text) => {
  try {
    return text && JSON.parse(text);
  } catch {
  }
};
function createSender(baseUrl, fetch, headers, redact, proxied) {
  const api = createFetchClient({ baseUrl, fetch, headers, redirect: "manual" });
  const standIn = new Response(null, { status: 204 });
  const cleanHeaders = (headers2) => {
    for (const [name, value] of headers2)
      if (redact(value) !== value || redact(name) !== name) {
        const copy = new Headers();
        headers2.forEach((value2, name2) => redact(name2) === name2 && copy.append(name2, redact(value2)));
        return copy;
      }
    return headers2;
  };
  const send = async (body2, { headers: headers2, timeout, signal }) => {
    const deadline = attemptSignal(timeout, signal);
    let response;
    let text;
    const exchange = async () => {
      await api.POST(
        PATH,
        fetch ? (
          // a getter: a fetch that never looks at its signal costs no AbortSignal (its work is raced anyway)
          { body: body2, headers: headers2, fetch: async (request) => (response = await fetch(request, { get signal() {
            return deadline.signal;
          } }), standIn) }
        ) : (
          // the global fetch (looked up per call: one installed after createClient is used): the signal rides on
          // the Request, as passed to fetch it would make fetch build the Request again (measured: +40 µs a call)
          { body: body2, headers: headers2, signal: deadline.signal, fetch: async (request) => (response = await globalThis.fetch(request), standIn) }
        )
      );
      return readText(response, MAX_RESPONSE_BYTES);
    };
    try {
      text = await (fetch ? deadline.guard(exchange()) : exchange());
    } catch (cause) {
      if (deadline.timedOut()) return new APITimeoutError(`No response within ${timeout} ms; the message may have been sent`);
      if (signal?.aborted) return new APIUserAbortError("Request aborted; the message may have been sent", { cause: signal.reason, mayHaveBeenSent: true });
      const lost = !!response || !neverSent(cause);
      return new APIConnectionError(redact(`Connection to ${baseUrl} failed: ${whatHappened(cause)}`), {
        cause: scrub(cause, redact),
        mayHaveBeenSent: lost
      });
    } finally {
      deadline.done();
    }
    const { status, ok } = response;
    const rawId = response.headers.get(REQUEST_ID);
    const requestId = rawId === null ? void 0 : redact(rawId);
    const parsed = parseJson(text);
    if (ok && matches(parsed, MESSAGE)) {
      const data = text !== redact(text) || text.includes("\\") ? redactJson(parsed, redact) : parsed;
      for (const [owner, name] of LISTS) {
        const object = owner ? data[owner] : data;
        if (typeOf(object?.[name]) === "o") object[name] = [];
      }
      return { data, response, requestId, text: data === parsed ? text : JSON.stringify(data) };
    }
    const errorHeaders = cleanHeaders(response.headers);
    const errorBody = typeOf(parsed) === "o" ? redactJson(parsed, redact) : void 0;
    if (proxied && !ok && /^proxy_/.test(errorBody?.code)) return new ProxyError(status, errorBody, errorHeaders);
    const location = errorHeaders.get("location");
    const said = [errorBody?.message, errorBody?.error].find((s) => typeof s === "string");
    const detail = [301, 302, 303, 307, 308].includes(status) || response.type === "opaqueredirect" ? `redirect${location ? ` to ${location}` : ""} not followed: nothing was sent there` : text === void 0 ? `(body over ${MAX_RESPONSE_BYTES} bytes, not read)` : (said ?? redact(text)).slice(0, 300) || "(empty body)";
    return new (errorClassFor(status))(status, errorBody, errorHeaders, requestId, `${ok ? "but not a message: " : ""}${detail}`);
  };
  return { api, send, cleanHeaders };
}

// src/closest.ts
function distance(a, b) {
  a = a.toLowerCase();
  b = b.toLowerCase();
  let row = [...Array(b.length + 1).keys()];
  for (let i = 0; i < a.length; i++) {
    const next = [i + 1];
    for (let j = 0; j < b.length; j++)
      next.push(Math.min(row[j + 1] + 1, next[j] + 1, row[j] + (a[i] === b[j] ? 0 : 1)));
    row = next;
  }
  return row[b.length];
}
function closest(name, known, near) {
  const best = known.reduce((best2, candidate) => distance(name, candidate) < distance(name, best2) ? candidate : best2);
  return !near || distance(name, best) <= best.length / 2 ? best : void 0;
}

// src/env.ts
var env = (name) => globalThis.process?.env?.[name];

// src/validate.ts
var TYPE_NAMES = { s: "a string", b: "a boolean", n: "null", i: "an integer", x: "a number", o: "an object", a: "an array" };
var FORBIDDEN = ["__proto__", "constructor", "prototype", "toJSON"];
var isCredential = (name) => CREDENTIALS.some(([, field]) => field === name);
function fieldIssue(name, value) {
  if (value === void 0) return REQUIRED.includes(name) ? "is required" : "";
  const [types, min = 0, max = Infinity, pattern, mismatch] = FIELDS[name];
  if (!types.includes(typeOf(value))) return `must be ${[...types].map((t) => TYPE_NAMES[t]).join(" or ")}`;
  if (typeof value !== "string") return "";
  const length = value.length > max || value.length < 2 * min ? [...value].length : value.length;
  if (length < min) return min === 1 ? "must not be empty" : `must be at least ${min} characters`;
  if (length > max) return `must be at most ${max} characters`;
  return pattern && !pattern.test(value) ? mismatch : "";
}
function checkParams(params2, unknown) {
  if (typeOf(params2) !== "o") return [{ path: "", message: "must be an object" }];
  const record = params2;
  const issues = [];
  for (const name of REQUIRED)
    if (!isCredential(name) && (!Object.hasOwn(record, name) || record[name] === void 0))
      issues.push({ path: name, message: "is required" });
  for (const name of Object.keys(record)) {
    const known = Object.hasOwn(FIELDS, name);
    const message2 = FORBIDDEN.includes(name) ? name === "toJSON" ? "is not allowed: JSON.stringify would send what it returns instead of the params" : "is not allowed: it would set the body's prototype" : isCredential(name) ? "is a credential: the client adds it" : known ? fieldIssue(name, record[name]) : CLOSED ? "is not a known field" : !isJson(record[name]) && "must be a value JSON can carry (no BigInt, no cycles)";
    if (message2) issues.push({ path: name, message: message2 });
    else if (!known) unknown?.(name);
  }
  return issues;
}
var isJson = (value) => {
  try {
    JSON.stringify(value);
    return true;
  } catch {
    return false;
  }
};

// src/credentials.ts
var CREDENTIALS = [
  ["instanceId", "instance_id", "WAWP_INSTANCE_ID"],
  ["accessToken", "access_token", "WAWP_ACCESS_TOKEN"]
];
function credentialsFrom(options, issues) {
  const body2 = {};
  for (const [option, field, variable] of CREDENTIALS) {
    const given = options[option] !== void 0;
    const value = given ? options[option] : env(variable);
    const path = given || value === void 0 ? option : variable;
    const problem = value === void 0 ? `is required: pass it, or set ${variable}` : fieldIssue(field, value) || /^\s*$/.test(value) && "must not be blank";
    if (problem) issues.push({ path, message: problem });
    body2[field] = value;
  }
  return body2;
}

// src/log.ts
var LOG_LEVELS = ["off", "error", "warn", "info", "debug"];
var ignore = () => {
};
function makeLog(logger, level, redact) {
  const max = LOG_LEVELS.indexOf(level);
  return (at, message2, details) => {
    if (LOG_LEVELS.indexOf(at) <= max)
      try {
        logger[at]?.(redact(`[linkcard] ${message2}`), details)?.catch?.(ignore);
      } catch {
      }
  };
}

// src/options.ts
function parseUrl(value, page) {
  let url;
  try {
    url = new URL(value, page);
  } catch {
  }
  return typeof value !== "string" || !url || !/^https?:$/.test(url.protocol) || !/^(https?:\/\/|\/(?!\/))/i.test(value) ? page ? "must be an http(s) URL, or a path such as /api/linkcard" : "must be an http(s) URL" : url.username || url.password ? "must not carry credentials (user:password@)" : url.search || url.hash || /\s/.test(value) ? "must have no query, fragment or spaces" : url;
}
var normalized = /* @__PURE__ */ new WeakMap();
function headerRecord(init) {
  const oneShot = typeof init?.next === "function";
  if (oneShot && normalized.has(init)) return normalized.get(init);
  let result;
  try {
    const pairs = typeof init?.[Symbol.iterator] === "function" ? [...init] : Object.entries(init);
    const headers = /[\r\n\0]/.test(pairs.flat().join("")) ? void 0 : new Headers(pairs);
    result = !headers ? "must not contain CR, LF or NUL" : headers.has("content-type") ? "must not set content-type: the body is always JSON" : Object.fromEntries(headers);
  } catch {
    result = "must be an object, an array of [name, value] pairs or a Headers, with valid names and values";
  }
  if (oneShot) normalized.set(init, result);
  return result;
}
var credential = () => false;
var timeoutRule = (v) => !(typeof v === "number" && v > 0 && (v < 2 ** 31 || v === Infinity)) && "must be a number of ms from 1 to 2147483647, or Infinity";
var headersRule = (v) => (v = headerRecord(v), typeof v === "string" && v);
var logLevelRule = (v) => !LOG_LEVELS.includes(v) && `must be one of ${LOG_LEVELS.join(", ")}`;
var loggerRule = (v) => (typeOf(v) !== "o" || LOG_LEVELS.some((l) => v[l] !== void 0 && typeof v[l] !== "function")) && "must be an object whose error, warn, info and debug methods (each optional) are functions";
var functionRule = (v) => typeof v !== "function" && "must be a function";
var maxRetries = (v) => !(Number.isInteger(v) && v >= 0 && v <= 10) && "must be an integer from 0 to 10";
var delivery = (v) => v !== "at-most-once" && v !== "at-least-once" && 'must be "at-most-once" or "at-least-once"';
var urlRule = (page) => (v) => (v = parseUrl(v, page), typeof v === "string" && v);
var CLIENT_RULES = {
  instanceId: credential,
  accessToken: credential,
  baseUrl: urlRule(),
  proxy: urlRule("http://page.invalid"),
  timeout: timeoutRule,
  maxRetries,
  delivery,
  fetch: functionRule,
  headers: headersRule,
  logger: loggerRule,
  logLevel: logLevelRule,
  dangerouslyAllowBrowser: (v) => typeof v !== "boolean" && "must be a boolean"
};
var REQUEST_RULES = {
  signal: (v) => !(typeof v?.aborted === "boolean" && typeof v.addEventListener === "function") && "must be an AbortSignal",
  timeout: timeoutRule,
  maxRetries,
  delivery,
  headers: headersRule
};
function checkOptions(what, options, rules, issues = []) {
  if (typeOf(options) !== "o") throw new ValidationError(what, [{ path: "", message: "must be an object" }]);
  const known = Object.keys(rules);
  const found = [];
  for (const [path, value] of Object.entries(options)) {
    const message2 = !Object.hasOwn(rules, path) ? `is not an option; did you mean \`${closest(path, known)}\`?` : value !== void 0 && rules[path](value);
    if (message2) found.push({ path, message: message2 });
  }
  found.push(...issues);
  if (found.length) throw new ValidationError(what, found);
}

// src/retry.ts
function retryDelay(failure, delivery2, retry) {
  const retryable = failure instanceof APIError ? failure.status === 429 || failure.status === 503 || failure.status >= 500 && delivery2 === "at-least-once" : failure instanceof APIConnectionError ? !failure.mayHaveBeenSent || delivery2 === "at-least-once" : failure instanceof ProxyError && (failure.code === "proxy_upstream_unreachable" || failure.mayHaveBeenSent && delivery2 === "at-least-once");
  const asked = failure.retryAfter;
  if (!retryable || (asked ?? 0) > 6e4) return void 0;
  return asked ?? Math.min(500 * 2 ** retry, 8e3) * (1 - Math.random() * 0.25);
}

// src/client.ts
var RETRY_COUNT = "X-Linkcard-Retry-Count";
var NO_OPTIONS = {};
var WARNINGS = 50;
var snapshot = (object) => Object.fromEntries(Object.entries(object));
var inBrowser = () => {
  const g = globalThis;
  return typeof g.document === "object" || typeof g.importScripts === "function" || g.navigator?.product === "ReactNative";
};
function createClient(options = {}) {
  if (typeOf(options) !== "o") throw new ValidationError("createClient options", [{ path: "", message: "must be an object" }]);
  const o = snapshot(options);
  const issues = [];
  const proxied = o.proxy !== void 0;
  let base;
  let credentials = {};
  if (proxied) {
    for (const name of ["instanceId", "accessToken", "baseUrl"])
      if (o[name] !== void 0) issues.push({ path: name, message: "must not be given with proxy: a client of your proxy holds no credentials" });
    const page = globalThis.location?.href;
    const url = parseUrl(o.proxy, page ?? "http://page.invalid");
    base = typeof url === "string" ? "" : url.host === "page.invalid" ? url.pathname : url.href;
  } else {
    credentials = credentialsFrom(o, issues);
    const fromEnv = o.baseUrl === void 0 ? env("WAWP_BASE_URL") : void 0;
    const url = parseUrl(o.baseUrl ?? fromEnv ?? PRODUCTION_URL);
    if (fromEnv !== void 0 && typeof url === "string") issues.push({ path: "WAWP_BASE_URL", message: url });
    base = typeof url === "string" ? "" : url.href;
    if (inBrowser() && !o.dangerouslyAllowBrowser)
      issues.push({
        path: "accessToken",
        message: 'in a browser ships to every visitor: send through your server instead (createClient({ proxy: "/api/linkcard" }) and @linkcard/core/server), or pass dangerouslyAllowBrowser: true if you accept the risk'
      });
  }
  checkOptions("createClient options", o, CLIENT_RULES, issues);
  const accessToken = credentials.access_token;
  const redact = redactor(accessToken);
  const log = makeLog(o.logger ?? console, o.logLevel ?? "warn", redact);
  const { api, send, cleanHeaders } = createSender(base.replace(/\/$/, ""), o.fetch, o.headers && headerRecord(o.headers), redact, proxied);
  const debug = o.logLevel === "debug";
  const warned = /* @__PURE__ */ new Set();
  const unknownField = (name) => {
    if (warned.has(name) || warned.size > WARNINGS) return;
    warned.add(name);
    if (warned.size > WARNINGS) return log("warn", "sendLinkPreview: more fields the spec does not list; no more warnings");
    const like = name.length <= 64 && closest(name, Object.keys(FIELDS), true);
    log("warn", `sendLinkPreview: ${JSON.stringify(name)} is not in the spec; sent as given${like ? ` (did you mean \`${like}\`?)` : ""}`);
  };
  async function sent(params2, call = NO_OPTIONS) {
    if (call !== NO_OPTIONS) checkOptions("request options", call, REQUEST_RULES);
    const fields = typeOf(params2) === "o" ? snapshot(params2) : params2;
    const issues2 = checkParams(fields, unknownField);
    if (issues2.length) throw new ValidationError("sendLinkPreview params", issues2);
    const body2 = Object.assign(fields, credentials);
    const headers = call.headers && headerRecord(call.headers);
    const { signal, timeout = o.timeout ?? 3e4, maxRetries: maxRetries2 = o.maxRetries ?? 2, delivery: delivery2 = o.delivery ?? "at-most-once" } = call;
    let maybe = false;
    for (let attempt = 0; ; attempt++) {
      const outcome = await send(body2, { headers: attempt ? { ...headers, [RETRY_COUNT]: String(attempt) } : headers, timeout, signal });
      if (!(outcome instanceof LinkcardError)) return outcome;
      if (debug) log("debug", `POST: ${outcome.name}`, { attempt });
      maybe ||= outcome.mayHaveBeenSent;
      const delay = attempt < maxRetries2 ? retryDelay(outcome, delivery2, attempt) : void 0;
      if (delay === void 0) {
        outcome.mayHaveBeenSent = maybe;
        throw outcome;
      }
      log("info", `retrying in ${Math.round(delay)} ms after ${outcome.name}`, { attempt, status: outcome.status });
      await sleep(delay, signal, maybe);
    }
  }
  const sendLinkPreview = (params2, call) => sent(params2, call).then(({ data }) => data);
  const withResponse = async (params2, call) => {
    const { data, response, requestId } = await sent(params2, call);
    const headers = cleanHeaders(response.headers);
    const statusText = redact(response.statusText);
    const same = headers === response.headers && statusText === response.statusText;
    return { data, requestId, response: same ? response : new Response(null, { status: response.status, statusText, headers }) };
  };
  return { sendLinkPreview: Object.assign(sendLinkPreview, { withResponse }), api };
}

// bench/scratch/ab.ts
var message = JSON.stringify(openapi_default.components.examples.LinkPreviewMessage.value);
var params = { chatId: "201234567890", url: "https://wawp.net", text: "Check out our new website!", title: "Wawp - Advanced WhatsApp API", description: "The ultimate platform for WhatsApp automation.", linkPreviewHighQuality: true };
var memoryFetch = async () => new Response(message, { status: 200, headers: { "content-type": "application/json", "x-request-id": "req_1" } });
var c = createClient({ instanceId: "123456789", accessToken: "123456789", baseUrl: "http://bench.invalid", fetch: memoryFetch, logLevel: "off" });
var bare = createFetchClient2({ baseUrl: "http://bench.invalid", fetch: memoryFetch });
var body = { ...params, instance_id: "1", access_token: "1" };
var runs = { bare: () => bare.POST("/v2/send/link-preview", { body }), core: () => c.sendLinkPreview(params) };
var samples = { bare: [], core: [] };
for (let r = 0; r < 16; r++) for (const [k, f] of Object.entries(r % 2 ? runs : Object.fromEntries(Object.entries(runs).reverse()))) {
  globalThis.gc?.();
  const t = process.cpuUsage();
  for (let i = 0; i < 3e3; i++) await f();
  const u = process.cpuUsage(t);
  samples[k].push((u.user + u.system) / 3e3);
}
var med = (x) => x.sort((a, b) => a - b)[x.length >> 1];
console.log("bare", med(samples.bare).toFixed(1), "core", med(samples.core).toFixed(1), "ratio", (med(samples.core) / med(samples.bare)).toFixed(2));
