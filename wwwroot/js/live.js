// The one SignalR connection code of the site: connect, join the page's group, reconnect for ever, catch up after a
// reconnect, and show the live badge (#live, in the layout). Each page passes its hub, the server's method names
// (Dashboard/IDashboardClient.cs, Sessions/IClassClient.cs) with its handlers, how to join, and how to catch up.
const retryDelay = (ctx) => Math.min(1000 * 2 ** ctx.previousRetryCount, 10000);

/**
 * @param {object} options
 * @param {string} options.hub the hub's path, e.g. '/hubs/dashboard'
 * @param {Record<string, Function>} [options.on] a handler for every method the server calls (no-ops for those ignored)
 * @param {(connection: signalR.HubConnection) => Promise<void>} [options.join] joins the page's group; run again after each reconnect
 * @param {() => Promise<void>} [options.catchUp] fetches what was missed; run after each reconnect
 * @param {boolean} [options.catchUpOnStart] also run catchUp right after the first connect
 * @param {boolean} [options.badge] show the connection state in #live (default true)
 * @param {() => void} [options.onLive] called each time the connection is (again) up
 */
export async function connectLive({
  hub, on = {}, join = async () => {}, catchUp = async () => {}, catchUpOnStart = false, badge = true, onLive = () => {}
}) {
  const live = badge ? document.getElementById('live') : null;
  const show = (state, text) => {
    if (!live) return;
    live.hidden = false;
    live.dataset.state = state;
    live.textContent = text;
  };

  const connection = new signalR.HubConnectionBuilder()
    // WebSockets straight away, without a negotiate request: the connection is then one request, which any instance
    // behind a round-robin proxy can take (no sticky sessions; deploy/nginx/biasdashboard.conf).
    .withUrl(hub, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
    // Keep trying for ever (every 10 s at most): a classroom screen should heal itself after a server restart.
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: retryDelay })
    .build();
  for (const [name, handler] of Object.entries(on)) connection.on(name, handler);
  connection.onreconnecting(() => show('reconnecting', 'reconnecting…'));
  connection.onreconnected(async () => {
    await join(connection);
    await catchUp();
    show('live', 'live');
    onLive();
  });

  async function start() {
    try {
      await connection.start();
      await join(connection);
      if (catchUpOnStart) await catchUp();
      show('live', 'live');
      onLive();
    } catch {
      // The first connect has no automatic reconnect: try again until the server is back.
      show('offline', 'offline, retrying…');
      setTimeout(start, 5000);
    }
  }

  await start();
  return connection;
}
