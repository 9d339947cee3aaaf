/**
 * What a ChatSession is made of, made and wired to one another: its store and standing, the
 * visitor's identity, the outbox, history, the handshake, answer controls and watch, and the
 * way questions go to the platform. ChatSession (chat-session.ts) extends it with what it does
 * with them: it alone dispatches, the parts reach the store only through `dispatch`.
 */
import type { Message } from '../protocol/types.js';
import type { ChatAction } from '../state/actions.js';
import { INITIAL_CHAT_STATE, type ChatState } from '../state/chat-state.js';
import { chatReducer } from '../state/reducer.js';
import { Store } from '../state/store.js';
import { AnswerControls } from './answer-controls.js';
import { AnswerWatch } from './answer-watch.js';
import { answerDue } from './answers.js';
import { Handshake } from './handshake.js';
import { HistorySync } from './history-sync.js';
import { Identity } from './identity.js';
import { Outbox } from './outbox.js';
import { QuestionPath } from './question-path.js';
import type { ChatSessionOptions, SocketPort } from './session-options.js';
import { SessionStanding } from './session-standing.js';

export class SessionParts {
  readonly store = new Store<ChatState, ChatAction>(chatReducer, INITIAL_CHAT_STATE);
  protected readonly dispatch = (action: ChatAction): void => this.store.dispatch(action);
  /** Where the session stands with its platform (its state machine), and the banner that implies. */
  protected readonly standing = new SessionStanding(() => this.store.state.error, this.dispatch);
  protected socket: SocketPort | null = null;
  protected readonly identity: Identity;
  protected readonly outbox: Outbox;
  protected readonly history: HistorySync;
  protected readonly handshake: Handshake;
  protected readonly questions: QuestionPath;
  /** Rate, stop and regenerate answers. */
  readonly answers: AnswerControls;
  /** Stops what the parts keep running on their own (the answer watch, and what follows the store). */
  protected readonly unsubscribers: (() => void)[];

  constructor(protected readonly options: ChatSessionOptions) {
    const { store, standing, dispatch } = this;
    const socket = () => this.socket;
    const identity = (this.identity = new Identity(options.storage, options.newId, () => socket()?.reauth()));
    this.outbox = new Outbox(options.storage);
    const shared = { api: options.api, chatId: () => identity.chatId, dispatch, logger: options.logger };
    const history = (this.history = new HistorySync({
      ...shared,
      restless: () => this.questions.dialect.realtime(socket()),
      scheduler: options.scheduler,
      lastSeq: () => store.state.lastSeq,
      answerDue: () => standing.linkDown && answerDue(store.state.messages),
      reached: () => standing.restReached(socket()?.status),
      chatGone: () => identity.forgetChat(),
    }));
    const handshake = (this.handshake = new Handshake(options, identity, history, () => store.state.lastSeq));
    const messages = () => store.state.messages;
    this.answers = new AnswerControls({ ...shared, messages, sendFrame: (frame) => socket()?.send(frame) ?? false });
    const watch = new AnswerWatch({ scheduler: options.scheduler, catchUp: () => history.catchUpNow(), dispatch });
    const received = (message: Message) => history.receive([message]);
    const reached = () => {
      standing.restReached(socket()?.status);
      history.pollIfDue();
    };
    const token = () => handshake.joinToken();
    const questions = (this.questions = new QuestionPath({ options, identity, socket, received, reached, token }));
    this.unsubscribers = [
      store.subscribe((state) => watch.observe(state)),
      () => watch.stop(),
      store.subscribe((state) => questions.dialect.keep(state.messages, socket())),
    ];
  }
}
