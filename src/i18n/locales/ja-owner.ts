/** The site owner's words in Japanese (en-owner.ts has the English). */
import type { OwnerWords } from '../strings.js';

export const words = {
  diagnostics: '接続の診断',
  diagnosticsTitle: 'MIPTech 接続テスト',
  retest: '再テスト',
  probeIdle: '待機中',
  probeTesting: 'テスト中',
  probeSuccess: '成功',
  probeFailed: '失敗',
  probeNoHandshake: '接続タイムアウト：{seconds} 秒以内に auth_success がありません',
  probeNoAck:
    'プラットフォームが auth を確認しませんでした（auth_success なし）：接続が維持されたため開いているとみなします',
  tabs: 'タブ',
  tabsOwner: 'このタブが、サイトのタブで共有する接続を保持しています',
  tabsFollower: '別のタブが接続を保持しており、このタブはそれを通じて受信しています',
  tabsOwn: 'このタブ専用の接続（このブラウザーはタブ間で接続を共有できません）',
  probeNoWebSocket: 'WebSocket を開けませんでした',
  probeServerConfig: 'サーバー設定エラー（1011）：プラットフォームがチャットの準備中に失敗しました。',
  probeUnreachable:
    'ハンドシェイク前に切断されました（コード {code}）：サーバーに到達できないか、アップグレードを拒否しました。',
  storagePersistent: '永続',
  storageMemory: 'メモリ',
  storageMissing: 'このブラウザーには localStorage がありません',
  storageUnavailable: 'localStorage を利用できません',
  storageReadRefused: 'localStorage が読み取りを拒否しました',
  storageWriteRefused: 'localStorage が書き込みを拒否しました',
  droppedFrames: '破棄したフレーム',
  session: 'セッション',
  storage: 'ストレージ',
  configTitle: 'このチャットウィジェットは正しく設定されていません',
  configIntroOne: 'サイトの管理者は {tag} の次の属性を修正する必要があります：',
  configIntroMany: 'サイトの管理者は {tag} の次の属性を修正する必要があります：',
  configTenant: 'テナント ID は 1～64 文字の英字、数字、「.」「_」「-」で、英字か数字で始まります。',
  configNotAbsolute: '「{value}」は絶対 URL ではありません。{example} のように完全な形で書いてください。',
  configScheme: '「{value}」は {schemes} で始まる必要があります。',
  configQueryOrFragment: '「{value}」にクエリやフラグメントを含めることはできません。',
  configCredentials: 'URL にユーザー名やパスワードを含めることはできません。すべての接続で送信されてしまいます。',
  configMixedHttp:
    'このページは https で配信されているため、ブラウザーは http の API をブロックします。https:// を使ってください。',
  configMixedWs:
    'このページは https で配信されているため、ブラウザーは ws:// をブロックします。wss:// を使ってください。',
  configOneOf: '次のいずれかを使ってください：{options}。',
  configNotAnOrigin:
    '「{value}」はオリジンではありません。https://images.example.com のように、スキーム、ホスト、ポートだけを指定してください。',
  configColor: 'このブラウザーが解釈できる CSS の色ではありません。#2563eb のような 16 進数の値をお試しください。',
  or: '{a} または {b}',
} satisfies OwnerWords;
