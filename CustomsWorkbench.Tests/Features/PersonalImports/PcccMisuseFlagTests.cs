using CustomsWorkbench.Features.PersonalImports.Flags;
using static CustomsWorkbench.Tests.Features.PersonalImports.ParcelBuilder;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

public class PcccMisuseFlagTests
{
    private const string Misuse = ParcelFlagCodes.PcccMisuse;

    private static readonly string[] Names = ["이서연", "박도윤", "최하은", "정우진", "강수아"];

    private static ManifestParcel Stranger(int day, int i) =>
        Parcel(day: day, name: Names[i], phone: $"010-900{i}-12{i}4", address: $"부산광역시 해운대구 센텀로 {10 + i}");

    [Fact]
    public void Several_people_on_one_code_are_flagged_with_the_names_they_used_and_the_holder_is_not()
    {
        var holder = new[] { Parcel(day: 0), Parcel(day: 1) };
        var strangers = Enumerable.Range(0, 4).Select(i => Stranger(3 + i, i)).ToList();
        var flags = Flag([.. holder, .. strangers]);

        Assert.All(holder, h => Assert.False(flags.Has(h, Misuse)));
        // The first stranger is a second household at once: another name, another phone, another address.
        Assert.All(strangers, s => Assert.True(flags.Has(s, Misuse)));
        var flag = flags.Get(strangers[3], Misuse);
        Assert.Contains("5 names", flag.EvidenceEn);
        Assert.Contains("이름 5개", flag.EvidenceKo);
        Assert.Contains("이서연", flag.EvidenceEn);
        Assert.Equal(strangers.Take(3).Select(s => s.TrackingNumber).Order(), flag.RelatedTrackingNumbers.Order());
    }

    [Fact]
    public void A_second_name_at_the_holders_address_and_phone_is_not_yet_suspicious_but_a_third_name_is()
    {
        var holder = Parcel(day: 0);
        var spouse = Parcel(day: 2, name: "이서연");
        var third = Parcel(day: 4, name: "박도윤");

        var flags = Flag([holder, spouse, third]);

        Assert.False(flags.Has(spouse, Misuse));
        Assert.True(flags.Has(third, Misuse));
        Assert.False(flags.Has(holder, Misuse));
    }

    [Fact]
    public void Only_the_past_counts_a_parcel_is_not_flagged_for_names_that_appear_after_it()
    {
        var early = Stranger(0, 0);
        var holderLater = Enumerable.Range(0, 3).Select(d => Parcel(day: 10 + d)).ToList();
        var later = Enumerable.Range(1, 3).Select(i => Stranger(20 + i, i)).ToList();
        var flags = Flag([early, .. holderLater, .. later]);

        Assert.False(flags.Has(early, Misuse));
        Assert.True(flags.Has(later[^1], Misuse));
    }

    [Fact]
    public void History_counts_but_gets_no_flags_of_its_own()
    {
        var history = Enumerable.Range(0, 3).Select(i => Stranger(i, i)).ToList();
        var arriving = Stranger(5, 3);
        var flags = Flag([arriving], history);

        Assert.Single(flags);
        Assert.True(flags.Has(arriving, Misuse));
    }

    [Fact]
    public void A_family_sharing_one_address_with_their_own_codes_is_not_misuse()
    {
        var family = new[] { ("김민준", "P100000000011"), ("김서연", "P100000000012"), ("김지호", "P100000000013"), ("이미경", "P100000000014") };
        var parcels = family.SelectMany((m, i) => Enumerable.Range(0, 5).Select(d => Parcel(day: d * 7 + i, pccc: m.Item2, name: m.Item1,
            phone: $"010-2222-33{i}0", address: "경기도 성남시 분당구 판교로 100, 3층"))).ToList();

        var flags = Flag(parcels);

        Assert.DoesNotContain(flags.Values, f => f.Any(x => x.Code == Misuse));
    }

    [Theory]
    [InlineData("Kim Minjun")]
    [InlineData("MINJUN KIM")]
    [InlineData("Min-jun Gim")]
    public void A_name_written_once_in_latin_letters_is_still_the_holder(string romanised)
    {
        var parcels = Enumerable.Range(0, 6).Select(d => Parcel(day: d * 5)).Append(Parcel(day: 31, name: romanised)).ToList();

        var flags = Flag(parcels);
        var withRegister = Flag(parcels, null, new CodeRegistration("P100000000001", "김민준", "010-1111-2222", ["서울 강남구 테헤란로 12"]));

        Assert.DoesNotContain(flags.Values, f => f.Any(x => x.Code == Misuse));
        Assert.DoesNotContain(withRegister.Values, f => f.Any(x => x.Code == Misuse));
    }

    [Fact]
    public void A_second_registered_address_is_not_misuse_but_an_unregistered_one_is()
    {
        var home = Parcel(day: 0);
        var office = Parcel(day: 4, address: "서울특별시 중구 세종대로 110");
        var elsewhere = Parcel(day: 9, address: "인천광역시 남동구 구월로 5");
        var register = new CodeRegistration("P100000000001", "김민준", "010-1111-2222", ["서울 강남구 테헤란로 12", "서울 중구 세종대로 110"]);

        var flags = Flag([home, office, elsewhere], null, register);
        var withoutRegister = Flag([home, office, elsewhere]);

        Assert.False(flags.Has(home, Misuse));
        Assert.False(flags.Has(office, Misuse));
        Assert.True(flags.Has(elsewhere, Misuse));
        Assert.Contains("2 addresses registered", flags.Get(elsewhere, Misuse).EvidenceEn);
        // One person moving between three addresses is not several people.
        Assert.DoesNotContain(withoutRegister.Values, f => f.Any(x => x.Code == Misuse));
    }

    [Fact]
    public void With_a_register_a_recipient_who_is_not_the_holder_is_flagged_on_the_first_parcel()
    {
        var stranger = Stranger(0, 2);
        var flags = Flag([stranger], null, new CodeRegistration("P100000000001", "김민준", null, ["서울 강남구 테헤란로 12"]));

        var flag = flags.Get(stranger, Misuse);
        Assert.Contains("not the registered holder", flag.EvidenceEn);
        Assert.Contains("등록 명의자", flag.EvidenceKo);
    }
}
