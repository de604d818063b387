using CustomsWorkbench.Platform.Text;
using System.Data.Common;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Resolution;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.Data.Sqlite;

namespace CustomsWorkbench.Features.Intelligence.Graph;

/// <summary>
/// Reads the operational tables with plain SQL (one pass each, no change tracking) and turns every record into graph
/// facts: trader records give identity links (address, phone, e-mail, settlement bank account), declarations give trade links, parcels give
/// person links, seizures attach cases to whoever they were taken from.
/// </summary>
public sealed class GraphSourceReader(SqliteConnection connection)
{
    /// <summary>Trader records carry no date; identity links take the trader's establishment date or this.</summary>
    public static readonly DateOnly RegisterDate = new(2000, 1, 1);

    public void ReadAll(GraphFacts facts, CancellationToken ct)
    {
        ReadImporters(facts, null, ct);
        ReadSuppliers(facts, null, ct);
        ReadDeclarationRows(facts, null, ct);
        ReadParcels(facts, null, ct);
        ReadSeizures(facts, null, ct);
    }

    /// <summary>The facts of newly arrived declarations: their traders, trade links and any seizures on them.</summary>
    public void ReadDeclarations(GraphFacts facts, IReadOnlyCollection<int> declarationIds, CancellationToken ct)
    {
        var idList = string.Join(',', declarationIds);
        ReadImporters(facts, $"Id IN (SELECT ImporterId FROM Declarations WHERE Id IN ({idList}))", ct);
        ReadSuppliers(facts, $"Id IN (SELECT SupplierId FROM Declarations WHERE Id IN ({idList}))", ct);
        ReadDeclarationRows(facts, $"d.Id IN ({idList})", ct);
        ReadSeizures(facts, $"s.DeclarationId IN ({idList})", ct);
    }

    /// <summary>The facts of parcels stored after the graph was built: recipients, codes, senders, and seizures on them.</summary>
    public void ReadParcelsById(GraphFacts facts, IReadOnlyCollection<int> parcelIds, CancellationToken ct)
    {
        var idList = string.Join(',', parcelIds);
        ReadParcels(facts, $"Id IN ({idList})", ct);
        ReadSeizures(facts, $"s.ParcelId IN ({idList})", ct);
    }

    /// <summary>The facts of seizure cases recorded later (e.g. an inspection result entered at the desk).</summary>
    public void ReadSeizuresById(GraphFacts facts, IReadOnlyCollection<int> seizureIds, CancellationToken ct) =>
        ReadSeizures(facts, $"s.Id IN ({string.Join(',', seizureIds)})", ct);

    private void ReadImporters(GraphFacts facts, string? where, CancellationToken ct)
    {
        foreach (var r in Query($"SELECT Id, Code, Name, Address, Phone, Email, EstablishedOn, BankAccount FROM Importers {Where(where)}", ct))
        {
            var id = r.GetInt32(0);
            var importer = Importer(facts, id, r.GetString(1), r.GetString(2));
            var evidence = new EvidenceFact(EvidenceRecordTypes.Importer, id, r.GetString(1), r.IsDBNull(6) ? RegisterDate : Day(r, 6));
            Identity(facts, importer, Text(r, 3), Text(r, 4), Text(r, 5), evidence);
            Account(facts, importer, Text(r, 7), evidence);
        }
    }

    private void ReadSuppliers(GraphFacts facts, string? where, CancellationToken ct)
    {
        foreach (var r in Query($"SELECT Id, Name, CountryCode, Address, BankAccount FROM Suppliers {Where(where)}", ct))
        {
            var id = r.GetInt32(0);
            var supplier = Supplier(facts, id, r.GetString(1));
            var evidence = new EvidenceFact(EvidenceRecordTypes.Supplier, id, r.GetString(1), RegisterDate);
            facts.Link(supplier, Country(facts, r.GetString(2)), LinkKind.LocatedIn, evidence);
            Identity(facts, supplier, Text(r, 3), null, null, evidence);
            Account(facts, supplier, Text(r, 4), evidence);
        }
    }

    private void ReadDeclarationRows(GraphFacts facts, string? where, CancellationToken ct)
    {
        const string sql = """
            SELECT d.Id, d.Number, d.Date, d.ImporterId, i.Code, i.Name, d.DeclarantId, b.Code, b.Name,
                   d.SupplierId, s.Name, d.MainTariffCode, d.BillOfLadingId, bl.Number, bl.ShippedOn, cv.Identifier, cv.Name,
                   (SELECT group_concat(c.Number, ' ') FROM Containers c WHERE c.BillOfLadingId = d.BillOfLadingId)
            FROM Declarations d
            JOIN Importers i ON i.Id = d.ImporterId
            JOIN Declarants b ON b.Id = d.DeclarantId
            LEFT JOIN Suppliers s ON s.Id = d.SupplierId
            LEFT JOIN BillsOfLading bl ON bl.Id = d.BillOfLadingId
            LEFT JOIN Conveyances cv ON cv.Id = bl.ConveyanceId
            """;
        foreach (var r in Query($"{sql} {Where(where)}", ct))
        {
            var evidence = new EvidenceFact(EvidenceRecordTypes.Declaration, r.GetInt32(0), r.GetString(1), Day(r, 2));
            var importer = Importer(facts, r.GetInt32(3), r.GetString(4), r.GetString(5));
            var broker = facts.Node(NodeKind.Broker, r.GetString(7), r.GetString(8), r.GetInt32(6));
            facts.Link(importer, broker, LinkKind.DeclaredBy, evidence);
            if (!r.IsDBNull(9)) facts.Link(importer, Supplier(facts, r.GetInt32(9), r.GetString(10)), LinkKind.ImportsFrom, evidence);
            var tariff = r.GetString(11);
            facts.Link(importer, facts.Node(NodeKind.TariffCode, tariff, tariff), LinkKind.ImportsTariff, evidence);
            if (r.IsDBNull(12) || r.IsDBNull(15)) continue;
            var conveyance = facts.Node(NodeKind.Conveyance, IdentifierNormalizer.Code(r.GetString(15)), r.GetString(16));
            var blEvidence = new EvidenceFact(EvidenceRecordTypes.BillOfLading, r.GetInt32(12), r.GetString(13), Day(r, 14));
            foreach (var number in Text(r, 17)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [])
            {
                var container = facts.Node(NodeKind.Container, IdentifierNormalizer.Code(number), number);
                facts.Link(importer, container, LinkKind.ShippedIn, evidence);
                facts.Link(container, conveyance, LinkKind.CarriedBy, blEvidence);
            }
        }
    }

    private void ReadParcels(GraphFacts facts, string? where, CancellationToken ct)
    {
        foreach (var r in Query($"SELECT Id, TrackingNumber, RecipientName, PersonalCustomsCode, RecipientPhone, RecipientAddress, SenderName, OriginCountryCode, ArrivedOn FROM Parcels {Where(where)}", ct))
        {
            var evidence = new EvidenceFact(EvidenceRecordTypes.Parcel, r.GetInt32(0), r.GetString(1), Day(r, 8));
            var person = Person(facts, r.GetString(2), Text(r, 4));
            var code = IdentifierNormalizer.Code(r.GetString(3));
            facts.Link(person, facts.Node(NodeKind.CustomsCode, code, code), LinkKind.UsesCustomsCode, evidence);
            Identity(facts, person, Text(r, 5), Text(r, 4), null, evidence);
            var sender = facts.Node(NodeKind.Sender, IdentifierNormalizer.Code(r.GetString(6)), r.GetString(6));
            facts.Link(person, sender, LinkKind.ReceivedParcel, evidence);
            facts.Link(sender, Country(facts, r.GetString(7)), LinkKind.LocatedIn, evidence);
        }
    }

    private void ReadSeizures(GraphFacts facts, string? where, CancellationToken ct)
    {
        const string sql = """
            SELECT s.Id, s.CaseNumber, s.Date, s.GoodsCategory, i.Id, i.Code, i.Name, p.RecipientName, p.RecipientPhone
            FROM Seizures s
            LEFT JOIN Declarations d ON d.Id = s.DeclarationId
            LEFT JOIN Importers i ON i.Id = coalesce(s.ImporterId, d.ImporterId)
            LEFT JOIN Parcels p ON p.Id = s.ParcelId
            """;
        foreach (var r in Query($"{sql} {Where(where)}", ct))
        {
            var evidence = new EvidenceFact(EvidenceRecordTypes.Seizure, r.GetInt32(0), r.GetString(1), Day(r, 2));
            var seizure = facts.Node(NodeKind.SeizureCase, r.GetString(1), $"{r.GetString(1)} ({r.GetString(3)})", r.GetInt32(0));
            if (!r.IsDBNull(4)) facts.Link(Importer(facts, r.GetInt32(4), r.GetString(5), r.GetString(6)), seizure, LinkKind.SeizedIn, evidence);
            if (!r.IsDBNull(7)) facts.Link(Person(facts, r.GetString(7), Text(r, 8)), seizure, LinkKind.SeizedIn, evidence);
        }
    }

    private static NodeRef Importer(GraphFacts facts, int id, string code, string name) => facts.Node(NodeKind.Importer, code, name, id);

    private static NodeRef Supplier(GraphFacts facts, int id, string name) => facts.Node(NodeKind.Supplier, $"S{id}", name, id);

    private static NodeRef Country(GraphFacts facts, string code) => facts.Node(NodeKind.Country, code, code);

    /// <summary>A private person is known by name and phone; the customs code is a separate node so its misuse shows.</summary>
    private static NodeRef Person(GraphFacts facts, string name, string? phone) =>
        facts.Node(NodeKind.Person, $"{IdentifierNormalizer.Code(name)}|{IdentifierNormalizer.Phone(phone)}", name);

    private static void Identity(GraphFacts facts, NodeRef owner, string? address, string? phone, string? email, EvidenceFact evidence)
    {
        if (IdentifierNormalizer.Address(address) is { } a) facts.Link(owner, facts.Node(NodeKind.Address, a, address!.Trim()), LinkKind.SharesAddress, evidence);
        if (IdentifierNormalizer.Phone(phone) is { } p) facts.Link(owner, facts.Node(NodeKind.Phone, p, IdentifierNormalizer.PhoneLabel(p)), LinkKind.UsesPhone, evidence);
        if (IdentifierNormalizer.Email(email) is { } e) facts.Link(owner, facts.Node(NodeKind.Email, e, e), LinkKind.UsesEmail, evidence);
    }

    /// <summary>The trader's registered settlement account: traders sharing one show up as linked through it.</summary>
    private static void Account(GraphFacts facts, NodeRef owner, string? account, EvidenceFact evidence)
    {
        if (IdentifierNormalizer.BankAccount(account) is { } key) facts.Link(owner, facts.Node(NodeKind.BankAccount, key, account!.Trim()), LinkKind.PaysInto, evidence);
    }

    /// <summary>Dates are stored as ISO text; exact invariant parsing is several times cheaper than culture-aware Parse.</summary>
    private static DateOnly Day(DbDataReader r, int i) => DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Where(string? where) => where is null ? "" : $"WHERE {where}";

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private IEnumerable<DbDataReader> Query(string sql, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            yield return reader;
        }
    }
}
