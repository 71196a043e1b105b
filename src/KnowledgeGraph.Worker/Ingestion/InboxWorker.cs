using System.Collections.Concurrent;
using System.Threading.Channels;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Worker.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Ingestion;

/// <summary>
/// Watches the inbox folder (file events, plus a periodic scan so nothing is missed) and ingests
/// each article file with bounded concurrency. A file moves to processed/ only after every
/// article in it is committed, or to failed/ with a ".error" file saying why. Files still in the
/// inbox after a crash are simply read again at start: writing is idempotent. On stop (SIGTERM,
/// Ctrl-C) the article in hand is finished and the rest wait for the next start.
/// </summary>
public sealed class InboxWorker : BackgroundService
{
    private readonly ArticleIngestor _ingestor;
    private readonly IGraphStore _store;
    private readonly InboxOptions _options;
    private readonly ILogger<InboxWorker> _logger;
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    public InboxWorker(ArticleIngestor ingestor, IGraphStore store, IOptions<InboxOptions> options, ILogger<InboxWorker> logger)
    {
        _ingestor = ingestor;
        _store = store;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inbox = Path.GetFullPath(_options.Path);
        Directory.CreateDirectory(inbox);
        Directory.CreateDirectory(_options.ProcessedFolder);
        Directory.CreateDirectory(_options.FailedFolder);
        await InitializeWhenAvailableAsync(stoppingToken).ConfigureAwait(false);
        _logger.LogInformation("Watching {Inbox}; storing in {Store}", inbox, _store.Description);

        using var watcher = new FileSystemWatcher(inbox) { IncludeSubdirectories = false, EnableRaisingEvents = true };
        watcher.Created += (_, args) => Enqueue(args.FullPath);
        watcher.Renamed += (_, args) => Enqueue(args.FullPath);
        watcher.Error += (_, args) => _logger.LogWarning(args.GetException(), "File events were lost; the next scan will catch up");

        var consumers = Enumerable.Range(0, Math.Max(1, _options.MaxConcurrency))
            .Select(_ => ConsumeAsync(stoppingToken))
            .ToList();

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, _options.ScanIntervalSeconds)));
        try
        {
            do
            {
                Scan(inbox);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        _queue.Writer.TryComplete();
        await Task.WhenAll(consumers).ConfigureAwait(false);
        _logger.LogInformation("Inbox worker stopped");
    }

    /// <summary>How long to wait before trying a file again while the store is out of reach.</summary>
    private TimeSpan RetryDelay => TimeSpan.FromSeconds(Math.Clamp(_options.ScanIntervalSeconds, 1, 5));

    /// <summary>The store may be starting (docker compose starts both at once) or down for a while: wait for it, saying so.</summary>
    private async Task InitializeWhenAvailableAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await _store.InitializeAsync(stoppingToken).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (StoreFailures.IsUnavailable(exception) || exception is Neo4jTransientException)
            {
                _logger.LogWarning("{Store} is not available ({Reason}); waiting for it, trying again in {Seconds} s",
                    _store.Description, exception.Message, (int)RetryDelay.TotalSeconds);
                await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private void Scan(string inbox)
    {
        foreach (var file in Directory.EnumerateFiles(inbox).Order(StringComparer.Ordinal))
        {
            Enqueue(file);
        }
    }

    private void Enqueue(string path)
    {
        if (InboxFiles.IsCandidate(path) && _pending.TryAdd(path, 0))
        {
            _queue.Writer.TryWrite(path);
        }
    }

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var path in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var unavailable = false;
                try
                {
                    await ProcessAsync(path, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    _logger.LogInformation("Stopped during {File}; it stays in the inbox for the next start", path);
                    return;
                }
                catch (Exception exception) when (StoreFailures.IsUnavailable(exception))
                {
                    unavailable = true;
                    _logger.LogWarning("{Store} is not available ({Reason}); waiting for it: {File} stays in the inbox and is tried again in {Seconds} s",
                        _store.Description, exception.Message, Path.GetFileName(path), (int)RetryDelay.TotalSeconds);
                }
                catch (Exception exception)
                {
                    // The store itself failed (after its own retries): leave the file for a later scan.
                    _logger.LogError(exception, "Could not ingest {File}; it stays in the inbox and will be tried again", path);
                }
                finally
                {
                    _pending.TryRemove(path, out _);
                }
                if (unavailable)
                {
                    await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(false);
                    Enqueue(path);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ProcessAsync(string path, CancellationToken stoppingToken)
    {
        if (!File.Exists(path) || !await SettledAsync(path, stoppingToken).ConfigureAwait(false))
        {
            return;
        }
        var outcome = await _ingestor.IngestFileAsync(path, cancellationToken: stoppingToken).ConfigureAwait(false);
        if (outcome.Succeeded)
        {
            var target = InboxFiles.MoveToProcessed(path, _options.ProcessedFolder);
            _logger.LogInformation("Ingested {File}: {Articles} article(s) -> {Target}", Path.GetFileName(path), outcome.Articles.Count, target);
        }
        else
        {
            var reason = outcome.Articles.Count == 0 ? "the file holds no article" : outcome.ErrorReport;
            var target = InboxFiles.MoveToFailed(path, _options.FailedFolder, reason);
            _logger.LogWarning("Set aside {File} -> {Target}: {Reason}", Path.GetFileName(path), target, reason);
        }
    }

    /// <summary>Waits until the file stops growing (it may still be being copied in).</summary>
    private async Task<bool> SettledAsync(string path, CancellationToken stoppingToken)
    {
        var settle = TimeSpan.FromMilliseconds(Math.Max(0, _options.SettleMilliseconds));
        long last = -1;
        for (var attempt = 0; attempt < 600; attempt++)
        {
            long size;
            try
            {
                size = new FileInfo(path).Length;
            }
            catch (FileNotFoundException)
            {
                return false;
            }
            if (size == last)
            {
                return true;
            }
            last = size;
            await Task.Delay(settle, stoppingToken).ConfigureAwait(false);
        }
        return true;
    }
}
