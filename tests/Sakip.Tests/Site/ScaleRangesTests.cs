using Sakip.Site.Pages.Plan;

namespace Sakip.Tests.Site;

/// <summary>A region's capaian scale as the site words each class's range, for any number of classes.</summary>
public sealed class ScaleRangesTests
{
    private static string[] Ranges(params ScaleClass[] classes) =>
        new ScaleData("Skala", "Sumber", classes.ToList(), null).Ranges().Select(r => $"{r.Class.Label}: {r.Range}").ToArray();

    [Fact]
    public void Permendagri_five_bands_read_from_each_threshold_to_below_the_next() =>
        Assert.Equal(
            ["Sangat Tinggi: 91% ke atas", "Tinggi: 76% sampai di bawah 91%", "Sedang: 66% sampai di bawah 76%",
                "Rendah: 51% sampai di bawah 66%", "Sangat Rendah: di bawah 51%"],
            Ranges(new("Sangat Tinggi", 91, false), new("Tinggi", 76, false), new("Sedang", 66, false), new("Rendah", 51, false), new("Sangat Rendah", null, false)));

    [Fact]
    public void Three_classes_around_the_target_read_above_exactly_and_below_it() =>
        Assert.Equal(
            ["Terlampaui Target: lebih dari 100%", "Tercapai Target: 100%", "Target Tidak Tercapai: di bawah 100%"],
            Ranges(new("Terlampaui Target", 100, true), new("Tercapai Target", 100, false), new("Target Tidak Tercapai", null, false)));

    [Fact]
    public void A_class_below_an_exclusive_bound_reaches_it() =>
        Assert.Equal(["Baik: lebih dari 80%", "Cukup: lebih dari 60% sampai 80%", "Kurang: 60% atau kurang"],
            Ranges(new("Baik", 80, true), new("Cukup", 60, true), new("Kurang", null, false)));
}
