using System.Diagnostics;

namespace KnowledgeGraph.Tests.Worker;

/// <summary>Runs the real executable (kg.dll, built beside the tests) as a child process.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }

    /// <summary>What the process printed so far (standard output and error, interleaved).</summary>
    public string Output => string.Join("\n", _lines);

    public static string ExecutablePath => Path.Combine(AppContext.BaseDirectory, "kg.dll");

    public static WorkerProcess Start(string workingDirectory, params string[] arguments) =>
        Start(workingDirectory, new Dictionary<string, string>(), arguments);

    public static WorkerProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var process = Process.Start(Info(workingDirectory, environment, arguments)) ?? throw new InvalidOperationException("could not start kg");
        var worker = new WorkerProcess(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>kg with its arguments, in a folder; the test's own Storage__Provider is removed so that only <paramref name="environment"/> chooses the store.</summary>
    private static ProcessStartInfo Info(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(ExecutablePath);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment.Remove("Storage__Provider");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        return info;
    }

    public static async Task<int> RunAsync(string workingDirectory, params string[] arguments)
    {
        using var worker = Start(workingDirectory, arguments);
        await worker._process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return worker._process.ExitCode;
    }

    /// <summary>Runs kg to the end with extra environment variables, and returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunCapturedAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var info = Info(workingDirectory, environment, arguments);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start kg");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        }
        catch (TimeoutException)
        {
            // A kg left running would go on writing into the next test's database.
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Kills the process without warning (a crash).</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Asks the process to stop as a service manager does (SIGTERM), and waits.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }
        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
