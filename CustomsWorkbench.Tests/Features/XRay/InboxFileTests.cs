using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Intake;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Features.XRay;

/// <summary>`import scans` stays inside its inbox, checks sizes before reading and skips a bad file without losing the batch.</summary>
public class InboxFileTests(XRayTestFactory factory) : IClassFixture<XRayTestFactory>
{
    private static string NewInbox() => Directory.CreateTempSubdirectory("xray-inbox-").FullName;

    [Fact]
    public void A_symbolic_link_out_of_the_inbox_is_not_followed()
    {
        var inbox = NewInbox();
        var outside = Path.Combine(NewInbox(), "secret.png");
        File.WriteAllBytes(outside, PngCodec.Encode(ImageCodecTests.Gradient(100, 100, 8)));
        var link = Path.Combine(inbox, "REF1.png");
        File.CreateSymbolicLink(link, outside);

        var outcome = InboxFile.Read(inbox, link, 1024 * 1024);

        Assert.Null(outcome.File);
        Assert.Equal("REF1.png is a symbolic link; links are not followed out of the inbox", outcome.Problem);
    }

    [Fact]
    public void A_link_to_dev_zero_is_refused_without_reading()
    {
        var inbox = NewInbox();
        var link = Path.Combine(inbox, "ZERO.png");
        File.CreateSymbolicLink(link, "/dev/zero");
        Assert.Contains("symbolic link", InboxFile.Read(inbox, link, 1024).Problem);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var inbox = NewInbox();
        var path = Path.Combine(inbox, "BIG.tif");
        using (var file = File.Create(path)) file.SetLength(5 * 1024 * 1024);
        var outcome = InboxFile.Read(inbox, path, 1024 * 1024);
        Assert.Equal("BIG.tif is larger than the 1 MB upload limit", outcome.Problem);
    }

    [Fact]
    public void A_plain_file_in_the_inbox_is_read()
    {
        var inbox = NewInbox();
        var path = Path.Combine(inbox, "OK.png");
        var bytes = PngCodec.Encode(ImageCodecTests.Gradient(100, 100, 8));
        File.WriteAllBytes(path, bytes);
        var outcome = InboxFile.Read(inbox, path, 1024 * 1024);
        Assert.Null(outcome.Problem);
        Assert.Equal(bytes, outcome.File!.Content);
    }

    [Fact]
    public async Task A_bad_file_is_skipped_and_reported_and_the_batch_goes_on()
    {
        await using var db = factory.CreateDbContext();
        var number = await db.Declarations.OrderByDescending(d => d.Id).Select(d => d.Number).FirstAsync();
        var inbox = NewInbox();
        File.CreateSymbolicLink(Path.Combine(inbox, "AAA-LINK.png"), "/dev/zero");
        await File.WriteAllBytesAsync(Path.Combine(inbox, $"{number}.png"), PngCodec.Encode(ImageCodecTests.Gradient(128, 128, 8)));

        var run = await CliVerbRunner.RunAsync(factory, "import scans", [inbox]);

        Assert.Equal(1, run.Code);
        Assert.Contains("1 scan(s) stored, 0 rejected.", run.Out);
        Assert.Contains("1 scan(s) skipped", run.Out);
        Assert.Contains("AAA-LINK: skipped, AAA-LINK.png is a symbolic link", run.Error);
        Assert.False(File.Exists(Path.Combine(inbox, $"{number}.png")));
        Assert.True(File.Exists("/dev/zero"));
    }
}
