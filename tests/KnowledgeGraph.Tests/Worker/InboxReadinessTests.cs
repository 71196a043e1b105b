using System.Text;
using KnowledgeGraph.Tests.Reading;
using KnowledgeGraph.Worker.Ingestion;

namespace KnowledgeGraph.Tests.Worker;

/// <summary>When the inbox worker takes a file: only once it is complete.</summary>
public sealed class InboxReadinessTests : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Rescan = TimeSpan.FromSeconds(30);
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_file_is_ready_once_its_size_and_time_have_held_for_the_settle_window()
    {
        var path = _temp.WriteText("a.txt", "عنوان\nنص");
        var readiness = new InboxReadiness(Settle, Rescan);

        Assert.Equal(Readiness.Waiting, readiness.Check(path, Start));
        Assert.Equal(Readiness.Waiting, readiness.Check(path, Start + Settle / 2));
        File.AppendAllText(path, " يكتب بعد");
        Assert.Equal(Readiness.Waiting, readiness.Check(path, Start + Settle * 1.5));
        Assert.Equal(Readiness.Waiting, readiness.Check(path, Start + Settle * 2));
        Assert.Equal(Readiness.Ready, readiness.Check(path, Start + Settle * 2.6));
    }

    [Fact]
    public void A_file_a_writer_holds_open_is_not_taken_however_long_it_pauses()
    {
        var path = _temp.File("slow.txt");
        var readiness = new InboxReadiness(Settle, Rescan);
        using (var writer = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read))
        {
            writer.Write(Encoding.UTF8.GetBytes("عنوان\nنص لم يكتمل"));
            writer.Flush();
            Assert.Equal(Readiness.Waiting, readiness.Check(path, Start));
            // The writer pauses far longer than the settle window, the file still open.
            Assert.Equal(Readiness.Waiting, readiness.Check(path, Start + TimeSpan.FromMinutes(5)));
        }
        Assert.Equal(Readiness.Ready, readiness.Check(path, Start + TimeSpan.FromMinutes(6)));
    }

    [Fact]
    public void A_json_array_cut_short_waits_for_the_next_scan_and_is_taken_whole_once_finished()
    {
        var path = _temp.WriteText("day.json", """[{"title": "أ", "content": "نص أول."}, {"title": "ب", "con""");
        var readiness = new InboxReadiness(Settle, Rescan);

        Assert.Equal(Readiness.Waiting, readiness.Check(path, Start));
        Assert.Equal(Readiness.Incomplete, readiness.Check(path, Start + Settle * 2));
        Assert.Contains("not complete JSON", readiness.Problem(path));
        Assert.Equal(Readiness.Incomplete, readiness.Check(path, Start + Settle * 3));

        File.AppendAllText(path, """tent": "نص ثان."}]""");
        Assert.Equal(Readiness.Waiting, readiness.Check(path, Start + Settle * 4));
        Assert.Equal(Readiness.Ready, readiness.Check(path, Start + Settle * 6));
    }

    [Fact]
    public void A_json_file_still_cut_short_at_the_next_scan_is_broken()
    {
        var path = _temp.WriteText("broken.json", """[{"title": "أ", "content": "نص""");
        var readiness = new InboxReadiness(Settle, Rescan);

        readiness.Check(path, Start);
        Assert.Equal(Readiness.Incomplete, readiness.Check(path, Start + Settle * 2));
        Assert.Equal(Readiness.Broken, readiness.Check(path, Start + Settle * 2 + Rescan));
    }

    [Fact]
    public void A_zip_without_its_central_directory_is_incomplete()
    {
        var whole = InputRobustnessTests.WriteZipWithCorruptEntry("whole.zip", _temp);
        var bytes = File.ReadAllBytes(whole);
        var path = _temp.WriteBytes("half.zip", bytes[..(bytes.Length / 2)]);
        var readiness = new InboxReadiness(Settle, Rescan);

        readiness.Check(path, Start);
        Assert.Equal(Readiness.Incomplete, readiness.Check(path, Start + Settle * 2));
        readiness.Check(whole, Start);
        Assert.Equal(Readiness.Ready, readiness.Check(whole, Start + Settle * 2));
    }

    [Fact]
    public void A_file_that_went_away_is_gone()
    {
        var path = _temp.WriteText("a.txt", "عنوان\nنص");
        var readiness = new InboxReadiness(Settle, Rescan);
        readiness.Check(path, Start);
        File.Delete(path);

        Assert.Equal(Readiness.Gone, readiness.Check(path, Start + Settle * 2));
    }
}
