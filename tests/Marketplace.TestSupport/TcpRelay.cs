using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Marketplace.TestSupport;

/// <summary>
/// A TCP relay on 127.0.0.1 to a server, which a test can cut as a network or database outage would: open
/// connections are closed and new ones are closed as soon as they are accepted, until it is restored.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<TcpClient, byte> open = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private volatile bool cut;

    public TcpRelay(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>Closes every relayed connection and refuses new ones.</summary>
    public void Cut()
    {
        cut = true;
        foreach (var connection in open.Keys)
        {
            connection.Dispose();
        }

        open.Clear();
    }

    public void Restore() => cut = false;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        Cut();
        await accepting;
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (cut)
            {
                client.Dispose();
                continue;
            }

            var server = new TcpClient();
            await server.ConnectAsync(targetHost, targetPort);
            open[client] = 0;
            open[server] = 0;
            _ = RelayAsync(client, server);
            _ = RelayAsync(server, client);
        }
    }

    // Ends quietly when either side closes, as a cut does.
    private static async Task RelayAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
        finally
        {
            to.Dispose();
        }
    }
}
