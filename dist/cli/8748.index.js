export const id = 8748;
export const ids = [8748];
export const modules = {

/***/ 66367:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GenAiCallError: () => (/* binding */ GenAiCallError),
/* harmony export */   createGenAiChat: () => (/* binding */ createGenAiChat),
/* harmony export */   listChatModels: () => (/* binding */ listChatModels),
/* harmony export */   serializeChatBody: () => (/* binding */ serializeChatBody)
/* harmony export */ });
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48473);
/* harmony import */ var oci_generativeai__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79871);
/* harmony import */ var oci_generativeaiinference__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28670);
/* harmony import */ var _pipeline_discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96237);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15211);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4511);
/* harmony import */ var _throttle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(80467);
// The OCI Generative AI edge: the chat call (oci-generativeaiinference) and the model list
// (oci-generativeai), signed with the run's own auth through our HTTP client. A summary is a
// nicety: one retry at most, a short deadline, no throttling budget (a 429 ends it).







/** The exact request body the SDK sends for these ChatDetails (what `--genai-dry-run` prints). */
function serializeChatBody(body) {
    return oci_common__WEBPACK_IMPORTED_MODULE_0__.ObjectSerializer.serialize(body, 'ChatDetails', oci_generativeaiinference__WEBPACK_IMPORTED_MODULE_2__.models.ChatDetails.getJsonObj);
}
/** Why a chat failed, in a few words for "summary unavailable (…)". */
class GenAiCallError extends Error {
    name = 'GenAiCallError';
}
function clientsFor(options) {
    return (0,_clients_js__WEBPACK_IMPORTED_MODULE_5__.createOciClients)({
        auth: options.auth.provider,
        sdkSigner: options.auth.method !== 'api_key' && options.auth.method !== 'security_token',
        policy: { ..._throttle_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_RETRY_POLICY */ .cO, maxAttempts: 2, requestTimeoutMs: options.timeoutMs, deadlineMs: options.timeoutMs, maxRetryAfterMs: 5_000 },
        retryBudget: 0,
        log: options.log,
    });
}
function reasonOf(error, timeoutMs) {
    const status = (0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .httpStatusOf */ .s_)(error);
    const e = error;
    if (status === 404)
        return `model not found or not authorized (404 ${typeof e?.serviceCode === 'string' ? e.serviceCode : 'NotAuthorizedOrNotFound'})`;
    if (status === 429)
        return 'throttled by the GenAI service (429 TooManyRequests)';
    if (status === 401 || status === 403)
        return `the GenAI service refused the credentials (${status})`;
    if (status !== undefined)
        return `the GenAI service answered ${status}${typeof e?.serviceCode === 'string' ? ` ${e.serviceCode}` : ''}`;
    const message = error instanceof Error ? error.message : String(error);
    if (/timed out|TimeoutError|aborted/i.test(message))
        return `no answer within ${Math.round(timeoutMs / 1000)} s (timeout)`;
    return `the GenAI endpoint could not be reached (${message.split('\n')[0]?.slice(0, 200) ?? ''})`;
}
/** The model's text from a chat result, either API format. */
function textOf(result) {
    const response = result.chatResponse;
    if (typeof response.text === 'string')
        return response.text;
    const parts = response.choices?.[0]?.message?.content ?? [];
    return parts.map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
}
function createGenAiChat(options) {
    const clients = clientsFor(options);
    const client = clients.get(oci_generativeaiinference__WEBPACK_IMPORTED_MODULE_2__.GenerativeAiInferenceClient, 'inference.generativeai', options.region, options.endpoint);
    return {
        async chat(body) {
            let response;
            try {
                response = await client.chat({ chatDetails: body });
            }
            catch (error) {
                throw new GenAiCallError(reasonOf((0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .asOciError */ .Uf)(error, 'chat', 'inference.generativeai'), options.timeoutMs));
            }
            // isStream is false in every body we build: a stream back is a protocol surprise.
            if (!response || !('chatResult' in response))
                throw new GenAiCallError('the GenAI service answered with a stream, not a chat result');
            const text = textOf(response.chatResult).trim();
            if (!text)
                throw new GenAiCallError('the model returned no text');
            return { text, modelId: response.chatResult.modelId };
        },
        close: () => clients.closeAll(),
    };
}
/** Chat-capable models visible in a compartment and region, every page. */
async function listChatModels(options) {
    const clients = clientsFor(options);
    try {
        const client = clients.get(oci_generativeai__WEBPACK_IMPORTED_MODULE_1__.GenerativeAiClient, 'generativeai', options.region, options.endpoint);
        const out = [];
        let page;
        do {
            let response;
            try {
                response = await client.listModels({ compartmentId: options.compartmentId, capability: ['CHAT'], ...(page ? { page } : {}) });
            }
            catch (error) {
                throw (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .asOciError */ .Uf)(error, 'listModels', 'generativeai');
            }
            for (const m of response.modelCollection.items ?? []) {
                out.push({
                    id: m.id,
                    name: m.displayName ?? m.id,
                    vendor: m.vendor ?? '',
                    version: m.version ?? '',
                    state: m.lifecycleState,
                    capabilities: [...(m.capabilities ?? [])].map(String),
                });
            }
            page = response.opcNextPage;
        } while (page);
        return out;
    }
    finally {
        clients.closeAll();
    }
}


/***/ })

};
