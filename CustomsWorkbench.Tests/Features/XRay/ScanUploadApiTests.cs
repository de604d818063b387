using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Features.XRay;

public class ScanUploadApiTests(XRayTestFactory factory) : IClassFixture<XRayTestFactory>
{
    private async Task<string> AnyDeclarationNumberAsync()
    {
        await using var db = factory.CreateDbContext();
        return await db.Declarations.OrderBy(d => d.Id).Select(d => d.Number).FirstAsync();
    }

    private static MultipartFormDataContent Form(string consignment, (string Name, byte[] Bytes)? high, (string Name, byte[] Bytes)? low = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(consignment), "consignment" }, { new StringContent("top"), "view" } };
        if (high is { } h) form.Add(new ByteArrayContent(h.Bytes) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "high", h.Name);
        if (low is { } l) form.Add(new ByteArrayContent(l.Bytes) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "low", l.Name);
        return form;
    }

    private async Task<int> ScanCountAsync()
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<Scan>().CountAsync();
    }

    [Fact]
    public async Task A_dual_energy_png_pair_is_stored_with_content_hashed_files()
    {
        var client = await factory.CreateClientForAsync("officer");
        var number = await AnyDeclarationNumberAsync();
        var high = PngCodec.Encode(ImageCodecTests.Gradient(256, 128, 16));
        var low = TiffReader.Encode(ImageCodecTests.Gradient(256, 128, 16));
        var response = await client.PostAsync("/api/xray/scans", Form(number, ("h.png", high), ("l.tif", low)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<IdResponse>())!.Id;

        await using var db = factory.CreateDbContext();
        var scan = await db.Set<Scan>().SingleAsync(s => s.Id == id);
        Assert.True(scan.DualEnergy);
        Assert.Equal((256, 128, 16, ScanView.Top), (scan.Width, scan.Height, scan.BitDepth, scan.View));
        Assert.Equal(ConsignmentKind.Declaration, scan.ConsignmentKind);
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "scans", scan.HighEnergyFile!)));
        Assert.Matches("^[0-9a-f]{64}\\.png$", scan.LowEnergyFile!);
    }

    [Fact]
    public async Task A_csv_file_is_refused_as_not_an_image_and_nothing_is_stored()
    {
        var client = await factory.CreateClientForAsync("officer");
        var before = await ScanCountAsync();
        var response = await client.PostAsync("/api/xray/scans", Form(await AnyDeclarationNumberAsync(), ("list.csv", "a,b\n1,2\n"u8.ToArray())));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("not a PNG or TIFF image", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await ScanCountAsync());
    }

    [Fact]
    public async Task A_corrupt_png_is_refused()
    {
        var client = await factory.CreateClientForAsync("officer");
        var png = PngCodec.Encode(ImageCodecTests.Gradient(128, 128, 8));
        png[^30] ^= 0xFF;
        var before = await ScanCountAsync();
        var response = await client.PostAsync("/api/xray/scans", Form(await AnyDeclarationNumberAsync(), ("bad.png", png)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("corrupt", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await ScanCountAsync());
    }

    [Fact]
    public async Task Energies_of_different_sizes_are_refused()
    {
        var client = await factory.CreateClientForAsync("officer");
        var response = await client.PostAsync("/api/xray/scans", Form(await AnyDeclarationNumberAsync(),
            ("h.png", PngCodec.Encode(ImageCodecTests.Gradient(256, 128, 16))), ("l.png", PngCodec.Encode(ImageCodecTests.Gradient(200, 128, 16)))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("same size", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_image_over_the_limit_is_refused_as_too_large()
    {
        var client = await factory.CreateClientForAsync("officer");
        var big = PngCodec.Encode(NoiseImage(1024, 1024), System.IO.Compression.CompressionLevel.NoCompression);
        Assert.True(big.Length > 1024 * 1024);
        var before = await ScanCountAsync();
        var response = await client.PostAsync("/api/xray/scans", Form(await AnyDeclarationNumberAsync(), ("big.png", big)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await ScanCountAsync());
    }

    [Fact]
    public async Task An_unknown_consignment_is_refused()
    {
        var client = await factory.CreateClientForAsync("officer");
        var response = await client.PostAsync("/api/xray/scans", Form("NO-SUCH-REF", ("h.png", PngCodec.Encode(ImageCodecTests.Gradient(128, 128, 8)))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("NO-SUCH-REF", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_analyst_may_not_upload_scans()
    {
        var client = await factory.CreateClientForAsync("analyst");
        var response = await client.PostAsync("/api/xray/scans", Form(await AnyDeclarationNumberAsync(), ("h.png", PngCodec.Encode(ImageCodecTests.Gradient(128, 128, 8)))));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static ScanImage NoiseImage(int width, int height)
    {
        var random = new Random(7);
        var image = new ScanImage(width, height, 16);
        for (var i = 0; i < image.Pixels.Length; i++) image.Pixels[i] = (ushort)random.Next(65536);
        return image;
    }

    [Fact]
    public async Task A_hostile_tiff_is_a_422_problem_and_nothing_is_stored()
    {
        var client = await factory.CreateClientForAsync("officer");
        var before = await ScanCountAsync();
        var tiff = TiffReader.Encode(ImageCodecTests.Gradient(128, 128, 8));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(TiffReaderTests.Entry(tiff, 273) + 4), 0xFFFFFFFF);

        var response = await client.PostAsync("/api/xray/scans", Form(await AnyDeclarationNumberAsync(), ("hostile.tif", tiff)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("corrupt", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await ScanCountAsync());
    }

    [Fact]
    public async Task A_deflated_tiled_16_bit_tiff_is_accepted()
    {
        var client = await factory.CreateClientForAsync("officer");
        var tiff = TiffReader.Encode(ImageCodecTests.Gradient(200, 150, 16), BitMiracle.LibTiff.Classic.Compression.ADOBE_DEFLATE, 64);
        var response = await client.PostAsync("/api/xray/scans", Form(await AnyDeclarationNumberAsync(), ("tiled.tif", tiff)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_scanner_name_is_a_422_problem_and_nothing_is_stored()
    {
        var client = await factory.CreateClientForAsync("officer");
        var before = await ScanCountAsync();
        var form = Form(await AnyDeclarationNumberAsync(), ("h.png", PngCodec.Encode(ImageCodecTests.Gradient(128, 128, 8))));
        form.Add(new StringContent(new string('s', CustomsWorkbench.Platform.Validation.FieldLimits.Code + 1)), "scanner");

        var response = await client.PostAsync("/api/xray/scans", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("scanner is longer than", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await ScanCountAsync());
    }

    private sealed record IdResponse(int Id);
}
