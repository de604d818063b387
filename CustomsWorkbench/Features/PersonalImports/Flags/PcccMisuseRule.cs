namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>
/// `pccc-misuse`: one personal customs code used by several different people. Without a register: in the window, at least
/// N distinct names (compared across scripts) or N distinct phones on the code, or a second household (another name with
/// another phone at another address), make it suspicious, and its parcels whose recipient is not the code's usual holder
/// (the identity seen most, the earliest on a tie) are flagged. With a register: a recipient who is not the registered holder, or an address that is none of the registered ones, is flagged at once.
/// A family sharing an address has several codes, and a holder's second address or romanised name is still the holder.
/// </summary>
internal sealed class PcccMisuseRule(ParcelFlagSettings settings) : IParcelFlagRule
{
    public string Code => ParcelFlagCodes.PcccMisuse;

    private sealed class Identity(string key, string name, int first)
    {
        public string Key { get; } = key;
        public string Name { get; } = name;
        public int First { get; } = first;
    }

    public IEnumerable<(ParcelFacts Parcel, ParcelFlag Flag)> Evaluate(ParcelTimeline timeline)
    {
        foreach (var group in timeline.GroupBy(p => p.Code))
        {
            if (!group.Exists(p => p.Arriving)) continue;
            var registration = timeline.Register.GetValueOrDefault(group[0].Code);
            foreach (var hit in EvaluateCode(group, registration)) yield return hit;
        }
    }

    private IEnumerable<(ParcelFacts, ParcelFlag)> EvaluateCode(List<ParcelFacts> group, CodeRegistration? registration)
    {
        var identities = new List<Identity>();
        var identityOf = new Dictionary<ParcelFacts, Identity>(ReferenceEqualityComparer.Instance);
        var registered = registration is null ? null : new RegisteredHolder(registration);
        for (var i = 0; i < group.Count; i++) identityOf[group[i]] = IdentityFor(identities, group[i], i);
        foreach (var (day, window) in ParcelTimeline.Windows(group, settings.MisuseWindowDays))
        {
            var seen = window.Select(p => identityOf[p]).Distinct().ToList();
            var phones = window.Select(p => p.PhoneKey).OfType<string>().Distinct().Count();
            var addresses = window.Select(p => p.AddressKey).OfType<string>().Distinct().Count();
            // Many names or phones; or a second household: another name, with another phone, at another address.
            var suspicious = seen.Count >= settings.MisuseDistinctIdentities || phones >= settings.MisuseDistinctIdentities
                || (settings.MisuseSecondHousehold && seen.Count >= 2 && phones >= 2 && addresses >= 2);
            var holder = registered is not null ? seen.FirstOrDefault(i => registered.IsHolder(i.Key)) : UsualHolder(seen, window, identityOf);
            foreach (var p in day.Where(p => p.Arriving))
            {
                var mine = identityOf[p];
                if (registered is not null && !registered.IsHolder(p.NameKey))
                {
                    yield return (p, FlagEvidence.Flag(Code, "PcccMisuseName", window.Where(o => identityOf[o] != mine), p,
                        p.Code, p.Parcel.RecipientName, registration!.Name));
                }
                else if (registered is not null && p.AddressKey is not null && !registered.HasAddress(p.AddressKey))
                {
                    yield return (p, FlagEvidence.Flag(Code, "PcccMisuseAddress", window.Where(o => o.AddressKey is not null && !registered.HasAddress(o.AddressKey)), p,
                        p.Code, registration!.Addresses.Count, registration.Name));
                }
                else if (suspicious && mine != holder)
                {
                    var names = string.Join(", ", seen.Take(5).Select(i => i.Name)) + (seen.Count > 5 ? ", …" : "");
                    yield return (p, FlagEvidence.Flag(Code, "PcccMisuse", window.Where(o => identityOf[o] != holder), p,
                        p.Code, seen.Count, names, phones, addresses, settings.MisuseWindowDays, p.Day));
                }
            }
        }
    }

    /// <summary>
    /// The identity seen most in the window. On a tie nobody is the usual holder yet (null): guessing the earliest would
    /// clear a stranger who happened to come first and flag the real holder.
    /// </summary>
    private Identity? UsualHolder(List<Identity> seen, List<ParcelFacts> window, Dictionary<ParcelFacts, Identity> identityOf)
    {
        var counts = seen.Select(i => (Identity: i, Count: window.Count(p => identityOf[p] == i))).OrderByDescending(x => x.Count).ThenBy(x => x.Identity.First).ToList();
        return settings.MisuseTieHasNoHolder && counts.Count > 1 && counts[0].Count == counts[1].Count ? null : counts[0].Identity;
    }

    private static Identity IdentityFor(List<Identity> identities, ParcelFacts p, int position)
    {
        var identity = identities.Find(i => PersonNames.Same(i.Key, p.NameKey));
        if (identity is null) identities.Add(identity = new Identity(p.NameKey, p.Parcel.RecipientName.Trim(), position));
        return identity;
    }

    private sealed class RegisteredHolder(CodeRegistration registration)
    {
        private readonly string _nameKey = PersonNames.Key(registration.Name);
        private readonly HashSet<string> _addresses = registration.Addresses
            .Select(Platform.Text.IdentifierNormalizer.Address).OfType<string>().ToHashSet(StringComparer.Ordinal);

        public bool IsHolder(string nameKey) => PersonNames.Same(_nameKey, nameKey);
        public bool HasAddress(string addressKey) => _addresses.Count == 0 || _addresses.Contains(addressKey);
    }
}
