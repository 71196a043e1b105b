using System.Collections.Concurrent;
using System.Threading.Channels;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Worker.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Ingestion;

/// <summary>
/// Watches the inbox folder (file events, plus a periodic scan so nothing is missed) and ingests each article
/// file once it is complete (<see cref="InboxReadiness"/>: every waiting file is checked on one clock, so a
/// folder of files waits one settle window, not one per file), with bounded concurrency. A file moves to
/// processed/ only after every article in it is committed, or to failed/ with a ".error" file saying why.
/// Files still in the inbox after a crash are simply read again at start: writing is idempotent. While the
/// store is out of reach (Neo4j down for a while) the files stay in the inbox and are tried again, and the
/// worker says it is waiting (`kg run` itself refuses to start on a store it cannot open). On stop
/// (SIGTERM, Ctrl-C) the article in hand is finished and the rest wait for the next start.
/// </summary>
public sealed class InboxWorker : BackgroundService
{
    private readonly ArticleIngestor _ingestor;
    private readonly IGraphStore _store;
    private readonly InboxOptions _options;
    private readonly ILogger<InboxWorker> _logger;
    private readonly Channel<string> _ready = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleWriter = true });
    // Files noticed and not yet taken; files taken and not yet done. A file is in one of them at most.
    private readonly ConcurrentDictionary<string, byte> _candidates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _taken = new(StringComparer.Ordinal);

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
        watcher.Created += (_, args) => Notice(args.FullPath);
        watcher.Changed += (_, args) => Notice(args.FullPath);
        watcher.Renamed += (_, args) => Notice(args.FullPath);
        watcher.Error += (_, args) => _logger.LogWarning(args.GetException(), "File events were lost; the next scan will catch up");

        var consumers = Enumerable.Range(0, Math.Max(1, _options.MaxConcurrency))
            .Select(_ => ConsumeAsync(stoppingToken))
            .ToList();
        try
        {
            await SettleAsync(inbox, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        _ready.Writer.TryComplete();
        await Task.WhenAll(consumers).ConfigureAwait(false);
        _logger.LogInformation("Inbox worker stopped");
    }

    /// <summary>How long to wait before trying a file again while the store is out of reach.</summary>
    private TimeSpan RetryDelay => TimeSpan.FromSeconds(Math.Clamp(_options.ScanIntervalSeconds, 1, 5));

    /// <summary>
    /// `kg run` has opened the store before the worker starts; should it go out of reach in between (or the worker be
    /// hosted without that check), wait for it, saying so.
    /// </summary>
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

    /// <summary>The one loop that scans the inbox now and then and, every tick, hands on the candidates that are complete.</summary>
    private async Task SettleAsync(string inbox, CancellationToken stoppingToken)
    {
        var settle = TimeSpan.FromMilliseconds(Math.Max(0, _options.SettleMilliseconds));
        var scanInterval = TimeSpan.FromSeconds(Math.Max(1, _options.ScanIntervalSeconds));
        var readiness = new InboxReadiness(settle, scanInterval);
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(_options.SettleMilliseconds / 4, 50, 1000));
        using var timer = new PeriodicTimer(tick);
        var nextScan = DateTime.MinValue;
        do
        {
            var now = DateTime.UtcNow;
            if (now >= nextScan)
            {
                Scan(inbox);
                nextScan = now + scanInterval;
            }
            foreach (var path in _candidates.Keys.Order(StringComparer.Ordinal))
            {
                switch (readiness.Check(path, now))
                {
                    case Readiness.Ready:
                        _candidates.TryRemove(path, out _);
                        _taken.TryAdd(path, 0);
                        _ready.Writer.TryWrite(path);
                        break;
                    case Readiness.Gone:
                        _candidates.TryRemove(path, out _);
                        break;
                    case Readiness.Broken:
                        _candidates.TryRemove(path, out _);
                        SetAside(path, $"{readiness.Problem(path)}; unchanged for a whole scan interval, so it will not be completed");
                        readiness.Forget(path);
                        break;
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private void Scan(string inbox)
    {
        foreach (var file in Directory.EnumerateFiles(inbox))
        {
            Notice(file);
        }
    }

    private void Notice(string path)
    {
        if (InboxFiles.IsCandidate(path) && !_taken.ContainsKey(path))
        {
            _candidates.TryAdd(path, 0);
        }
    }

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var path in _ready.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
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
                    // The store itself failed (after its own retries): leave the file for the next scan.
                    _logger.LogError("Could not ingest {File}; it stays in the inbox and will be tried again at the next scan: {Reason}", path, exception.Message);
                }
                finally
                {
                    _taken.TryRemove(path, out _);
                }
                if (unavailable)
                {
                    await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(false);
                    // Back among the candidates: the settle loop hands it on again once it is (still) complete.
                    Notice(path);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ProcessAsync(string path, CancellationToken stoppingToken)
    {
        if (!File.Exists(path))
        {
            return;
        }
        var outcome = await _ingestor.IngestFileAsync(new InputFile(path, Path.GetFileName(path)), cancellationToken: stoppingToken).ConfigureAwait(false);
        if (outcome.Succeeded)
        {
            var target = InboxFiles.MoveToProcessed(path, _options.ProcessedFolder);
            var skipped = outcome.Articles.Count(article => article.Skipped);
            _logger.LogInformation("Ingested {File}: {Articles} article(s){Skipped} -> {Target}", Path.GetFileName(path),
                outcome.Articles.Count(article => article.Stored), skipped > 0 ? $", {skipped} skipped (nothing to extract)" : "", target);
        }
        else
        {
            SetAside(path, outcome.ErrorReport);
        }
    }

    private void SetAside(string path, string reason)
    {
        var target = InboxFiles.MoveToFailed(path, _options.FailedFolder, reason);
        _logger.LogWarning("Set aside {File} -> {Target}: {Reason}", Path.GetFileName(path), target, reason);
    }
}
