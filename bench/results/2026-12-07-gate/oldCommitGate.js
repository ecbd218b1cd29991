// The commit gate before issue 32 (src/graph/commitGate.ts at b8ca13d, strictly writer-preferring), compiled by esbuild for the side-by-side run.
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var oldCommitGate_exports = {};
__export(oldCommitGate_exports, {
  CommitGate: () => CommitGate
});
module.exports = __toCommonJS(oldCommitGate_exports);
class CommitGate {
  holders = 0;
  holding = "read";
  waiting = [];
  /** Runs `work` holding a read turn: alongside other reads, never while a commit is applied. */
  read(work) {
    return this.holdingTurn("read", work);
  }
  /** Runs `work` holding a commit turn: no read runs until it settles. */
  commit(work) {
    return this.holdingTurn("commit", work);
  }
  /** Turns held and waiting, for tests and diagnostics. */
  get state() {
    return {
      reads: this.holding === "read" ? this.holders : 0,
      commits: this.holding === "commit" ? this.holders : 0,
      waiting: this.waiting.length
    };
  }
  async holdingTurn(kind, work) {
    await this.enter(kind);
    try {
      return await work();
    } finally {
      this.leave();
    }
  }
  enter(kind) {
    if (this.waiting.length === 0 && (this.holders === 0 || this.holding === kind)) {
      this.take(kind);
      return Promise.resolve();
    }
    return new Promise((admit) => this.waiting.push({ kind, admit }));
  }
  leave() {
    this.holders -= 1;
    if (this.holders === 0) this.admitWaiting();
  }
  /** Hands the free gate to the head of the queue and every waiter of its kind right behind it. */
  admitWaiting() {
    const kind = this.waiting[0]?.kind;
    while (this.waiting.length > 0 && this.waiting[0].kind === kind) {
      const next = this.waiting.shift();
      this.take(kind);
      next.admit();
    }
  }
  take(kind) {
    this.holding = kind;
    this.holders += 1;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CommitGate
});
