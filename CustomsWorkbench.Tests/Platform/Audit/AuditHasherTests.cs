using System.Text;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Tests.Platform.Audit;

public class AuditHasherTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static AuditEntry Sample() => new()
    {
        Id = 1,
        TimestampUtc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234567),
        Actor = "officer",
        Action = "declaration.release",
        EntityType = "Declaration",
        EntityId = "42",
        ModelVersion = "risk-1.0",
        AiOutput = """{"score":0.12}""",
        Details = null,
        PreviousHash = AuditHasher.GenesisHash,
        Hash = "",
    };

    [Fact]
    public void Canonical_form_is_length_prefixed_in_a_fixed_order_with_a_distinct_null_marker()
    {
        var text = Encoding.UTF8.GetString(AuditHasher.Canonicalize(Sample()));
        Assert.Equal(
            "S11:cw-audit-v1;S1:1;S28:2026-01-02T03:04:05.1234567Z;S7:officer;S19:declaration.release;S11:Declaration;S2:42;" +
            "S8:risk-1.0;S14:{\"score\":0.12};N;S64:" + AuditHasher.GenesisHash + ";",
            text);
    }

    [Fact]
    public void Hash_is_an_hmac_that_depends_on_the_key_so_a_plain_sha256_does_not_pass()
    {
        var entry = Sample();
        var plain = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(AuditHasher.Canonicalize(entry)));
        Assert.NotEqual(plain, AuditHasher.ComputeHash(entry, Key));
        Assert.NotEqual(AuditHasher.ComputeHash(entry, Key), AuditHasher.ComputeHash(entry, Key.Reverse().ToArray()));
    }

    [Fact]
    public void Hash_is_lowercase_sha256_hex_and_deterministic()
    {
        var hash = AuditHasher.ComputeHash(Sample(), Key);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, AuditHasher.ComputeHash(Sample(), Key));
    }

    public static TheoryData<string> Fields => new()
    {
        "Id", "TimestampUtc", "Actor", "Action", "EntityType", "EntityId", "ModelVersion", "AiOutput", "Details", "PreviousHash",
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Changing_any_field_changes_the_hash(string field)
    {
        var changed = Sample();
        switch (field)
        {
            case "Id": changed.Id = 2; break;
            case "TimestampUtc": changed.TimestampUtc = changed.TimestampUtc.AddTicks(1); break;
            case "Actor": changed.Actor = "officer2"; break;
            case "Action": changed.Action = "declaration.hold"; break;
            case "EntityType": changed.EntityType = "Parcel"; break;
            case "EntityId": changed.EntityId = "43"; break;
            case "ModelVersion": changed.ModelVersion = null; break;
            case "AiOutput": changed.AiOutput = """{"score":0.13}"""; break;
            case "Details": changed.Details = "{}"; break;
            case "PreviousHash": changed.PreviousHash = new string('1', 64); break;
        }
        Assert.NotEqual(AuditHasher.ComputeHash(Sample(), Key), AuditHasher.ComputeHash(changed, Key));
    }

    [Fact]
    public void Moving_text_across_a_field_boundary_changes_the_hash()
    {
        var a = Sample();
        a.Actor = "ab";
        a.Action = "c";
        var b = Sample();
        b.Actor = "a";
        b.Action = "bc";
        Assert.NotEqual(AuditHasher.ComputeHash(a, Key), AuditHasher.ComputeHash(b, Key));
    }

    [Fact]
    public void Null_and_empty_are_different()
    {
        var empty = Sample();
        empty.Details = "";
        Assert.NotEqual(AuditHasher.ComputeHash(Sample(), Key), AuditHasher.ComputeHash(empty, Key));
    }

    [Fact]
    public void Timestamp_read_back_from_sqlite_without_a_kind_hashes_as_utc()
    {
        var unspecified = Sample();
        unspecified.TimestampUtc = DateTime.SpecifyKind(unspecified.TimestampUtc, DateTimeKind.Unspecified);
        Assert.Equal(AuditHasher.ComputeHash(Sample(), Key), AuditHasher.ComputeHash(unspecified, Key));
    }

    [Fact]
    public void The_stored_hash_itself_is_not_part_of_the_hashed_text()
    {
        var withHash = Sample();
        withHash.Hash = "anything";
        Assert.Equal(AuditHasher.ComputeHash(Sample(), Key), AuditHasher.ComputeHash(withHash, Key));
    }

    [Fact]
    public void Json_payloads_use_web_defaults_and_pass_strings_through()
    {
        Assert.Equal("""{"riskScore":0.5,"channel":"Red"}""", AuditRecord.Json(new { RiskScore = 0.5, Channel = "Red" }));
        Assert.Equal("""{"raw":true}""", AuditRecord.Json("""{"raw":true}"""));
        Assert.Null(AuditRecord.Json(null));
    }
}
