export const id = 343;
export const ids = [343];
export const modules = {

/***/ 17343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ openAtomicWriter),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony exports temporaryPathFor, withAtomicWriter */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
// Crash-safe file writing for run outputs (SPEC §4): bytes go to a temporary file beside the
// target and are renamed over it only once complete, so a run that dies half way never leaves
// a truncated file under a final name. The streaming writer buffers small chunks and awaits
// the disk for large ones, so callers that await `write` never hold more than one buffer.



/** Bytes buffered before a write goes to disk; big enough to keep syscalls rare. */
const FLUSH_THRESHOLD = 1 << 20;
/** The temporary name: hidden, in the same directory (rename is atomic only within one filesystem). */
function temporaryPathFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
async function openAtomicWriter(path) {
    const tempPath = temporaryPathFor(path);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tempPath, 'wx', 0o644);
    return new TempFileWriter(path, tempPath, handle);
}
class TempFileWriter {
    path;
    tempPath;
    handle;
    buffered = [];
    bufferedBytes = 0;
    /** Serializes disk writes, so callers that do not await still get their chunks in order. */
    diskQueue = Promise.resolve();
    state = 'open';
    constructor(path, tempPath, handle) {
        this.path = path;
        this.tempPath = tempPath;
        this.handle = handle;
    }
    write(chunk) {
        if (this.state !== 'open')
            return Promise.reject(new Error(`write to ${this.path} after it was ${this.state}`));
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
        this.buffered.push(bytes);
        this.bufferedBytes += bytes.length;
        if (this.bufferedBytes < FLUSH_THRESHOLD)
            return this.diskQueue;
        return this.flush();
    }
    flush() {
        if (this.bufferedBytes === 0)
            return this.diskQueue;
        const [only] = this.buffered;
        const data = this.buffered.length === 1 && only ? only : Buffer.concat(this.buffered, this.bufferedBytes);
        this.buffered = [];
        this.bufferedBytes = 0;
        this.diskQueue = this.diskQueue.then(() => writeFully(this.handle, data));
        return this.diskQueue;
    }
    async commit() {
        if (this.state !== 'open')
            throw new Error(`commit of ${this.path} after it was ${this.state}`);
        try {
            await this.flush();
            await this.handle.sync();
            await this.handle.close();
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(this.tempPath, this.path);
            this.state = 'committed';
        }
        catch (error) {
            await this.abort();
            throw error;
        }
        await syncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(this.path));
    }
    async abort() {
        if (this.state === 'committed')
            return;
        this.state = 'aborted';
        this.buffered = [];
        this.bufferedBytes = 0;
        await this.diskQueue.catch(() => undefined);
        await this.handle.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(this.tempPath).catch(() => undefined);
    }
}
async function writeFully(handle, data) {
    let offset = 0;
    while (offset < data.length) {
        const { bytesWritten } = await handle.write(data, offset, data.length - offset);
        offset += bytesWritten;
    }
}
/** Makes the rename itself durable. Not every platform lets a directory be opened (Windows). */
async function syncDirectory(dir) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        await handle.sync();
    }
    catch {
        // best effort: the data is complete either way
    }
    finally {
        await handle?.close().catch(() => undefined);
    }
}
/**
 * Runs `fill` against a fresh atomic writer: commits when it resolves, aborts when it throws,
 * so no caller can forget the temporary file on an error path.
 */
async function withAtomicWriter(path, fill) {
    const writer = await openAtomicWriter(path);
    let result;
    try {
        result = await fill(writer);
    }
    catch (error) {
        await writer.abort();
        throw error;
    }
    await writer.commit();
    return result;
}
async function writeFileAtomic(path, data) {
    await withAtomicWriter(path, (writer) => writer.write(data));
}


/***/ })

};
