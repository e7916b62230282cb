using Microsoft.EntityFrameworkCore;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Seeding;

/// <summary>
/// Every table of both documents (every entry of shared/seeds/INVENTORY.md) is in the database, with the number of
/// rows the documents print. The expected counts are read off the documents, not off the seed files.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SeedCompletenessTests(DatabaseFixture fixture)
{
    /// <summary>INVENTORY.md's entries, with the data rows each table prints (null: the inventory gives no plain count).</summary>
    public static TheoryData<string, string, int?> Inventory => new()
    {
        { "seruyan-rak-2026", "FM-DAFTAR-ISI", 25 },
        { "seruyan-rak-2026", "FM-DAFTAR-TABEL", 10 },
        { "seruyan-rak-2026", "FM-DAFTAR-GAMBAR", 2 },
        { "seruyan-rak-2026", "L-FUNGSI", 11 },
        { "seruyan-rak-2026", "L-SUSUNAN-ORGANISASI", 11 },
        { "seruyan-rak-2026", "L-SDM-RINCIAN", null },
        { "seruyan-rak-2026", "T1.1", 56 },
        { "seruyan-rak-2026", "T1.2", 4 },
        { "seruyan-rak-2026", "P-SARANA", null },
        { "seruyan-rak-2026", "T1.3", 1 },
        { "seruyan-rak-2026", "T1.4", 17 },
        { "seruyan-rak-2026", "T1.8", 28 },
        { "seruyan-rak-2026", "L-ISU-STRATEGIS", 5 },
        { "seruyan-rak-2026", "L-DASAR-HUKUM", 25 },
        { "seruyan-rak-2026", "L-MAKSUD-TUJUAN", 6 },
        { "seruyan-rak-2026", "L-SISTEMATIKA", 3 },
        { "seruyan-rak-2026", "L-VISI-MISI", 6 },
        { "seruyan-rak-2026", "T2.1", 2 },
        { "seruyan-rak-2026", "T2.2", 3 },
        { "seruyan-rak-2026", "T2.3", 2 },
        { "seruyan-rak-2026", "T2.5-PK-EsIII", 23 },
        { "seruyan-rak-2026", "T2.5-Cascading", 81 },
        { "seruyan-rak-2026", "T2.6", 20 },
        { "tanahlaut-lkjip-2022", "L-FUNGSI", 6 },
        { "tanahlaut-lkjip-2022", "T-SDM", null },
        { "tanahlaut-lkjip-2022", "L-ORGANISASI", null },
        { "tanahlaut-lkjip-2022", "L-ISU-STRATEGIS", 12 },
        { "tanahlaut-lkjip-2022", "T-PRODUK-LAYANAN", 18 },
        { "tanahlaut-lkjip-2022", "L-SISTEMATIKA", null },
        { "tanahlaut-lkjip-2022", "L-RPJMD", null },
        { "tanahlaut-lkjip-2022", "L-TUJUAN-RENSTRA", 5 },
        { "tanahlaut-lkjip-2022", "L-SASARAN-RENSTRA", 13 },
        { "tanahlaut-lkjip-2022", "T-TUJUAN-SASARAN-2022", null },
        { "tanahlaut-lkjip-2022", "T-RENSTRA-2019-2023", null },
        { "tanahlaut-lkjip-2022", "T-IKU-2022", 2 },
        { "tanahlaut-lkjip-2022", "L-TUJUAN-PK", 5 },
        { "tanahlaut-lkjip-2022", "PK-2022-EsII-Kadis", 2 },
        { "tanahlaut-lkjip-2022", "PK-2022-EsIII-Sekretaris", 4 },
        { "tanahlaut-lkjip-2022", "PK-2022-EsIII-Kabid-Dayasos-PFM", 5 },
        { "tanahlaut-lkjip-2022", "PK-2022-EsIII-Kabid-Rehab-PJS", 4 },
        { "tanahlaut-lkjip-2022", "PK-2022-EsIV-Kasubag-Umpeg", 6 },
        { "tanahlaut-lkjip-2022", "PK-2022-EsIV-Kasubag-Renkeu", 4 },
        { "tanahlaut-lkjip-2022", "T-PROGKEG-PK-2022", null },
        { "tanahlaut-lkjip-2022", "L-INFLASI-DASAR-HUKUM", 4 },
        { "tanahlaut-lkjip-2022", "L-INFLASI-SASARAN", 4 },
        { "tanahlaut-lkjip-2022", "T-INFLASI-JADWAL-I", 11 },
        { "tanahlaut-lkjip-2022", "T-INFLASI-JADWAL-II", null },
        { "tanahlaut-lkjip-2022", "T-INFLASI-REKAP-I", 11 },
        { "tanahlaut-lkjip-2022", "T-INFLASI-REKAP-II", 11 },
        { "tanahlaut-lkjip-2022", "T-INFLASI-REKAP-TOTAL", 11 },
        { "tanahlaut-lkjip-2022", "T-INFLASI-RINGKASAN", 2 },
        { "tanahlaut-lkjip-2022", "T3.2", 4 },
        { "tanahlaut-lkjip-2022", "T-PPKS-REKAP-2022", 26 },
        { "tanahlaut-lkjip-2022", "T-PPKS-DITANGANI-2022", 8 },
        { "tanahlaut-lkjip-2022", "L-PPKS-MANDIRI", 4 },
        { "tanahlaut-lkjip-2022", "L-PPKS-MASALAH-UPAYA", null },
        { "tanahlaut-lkjip-2022", "L-DTKS-DUKUNGAN", 3 },
        { "tanahlaut-lkjip-2022", "L-KATEGORI-MISKIN", 5 },
        { "tanahlaut-lkjip-2022", "CAP-2022-Kadis", 2 },
        { "tanahlaut-lkjip-2022", "CAP-2022-Sekretaris", 4 },
        { "tanahlaut-lkjip-2022", "CAP-2022-Kabid-Rehab-PJS", 4 },
        { "tanahlaut-lkjip-2022", "CAP-2022-Kabid-Dayasos-PFM", 5 },
        { "tanahlaut-lkjip-2022", "X-ANGGARAN-REALISASI-APBD-2022", 0 }, // announced, absent from the text
        { "tanahlaut-lkjip-2022", "T-ANGGARAN-REALISASI-SASARAN-PROGRAM", null },
        { "tanahlaut-lkjip-2022", "L-B2-SASARAN-PROGRAM", null },
        { "tanahlaut-lkjip-2022", "L-PENUTUP", 7 },
        { "tanahlaut-lkjip-2022", "IKU-2021-2022", 2 },
        { "tanahlaut-lkjip-2022", "T-PPKS-REKAP-2022-LAMPIRAN", 26 },
        { "tanahlaut-lkjip-2022", "T-PPKS-DITANGANI-2022-LAMPIRAN", 8 },
        { "tanahlaut-lkjip-2022", "T-SUMBER-DANA", 7 },
        { "tanahlaut-lkjip-2022", "T-REALISASI-PROGRAM-PENUNJANG", 7 },
    };

    [Theory]
    [MemberData(nameof(Inventory))]
    public async Task Every_inventory_table_is_loaded_with_the_rows_the_document_prints(string document, string table, int? rows)
    {
        await using var db = fixture.CreateContext();
        var loaded = await db.SourceTables.AsNoTracking()
            .Where(t => t.Document!.Key == document && (t.Key == table || t.Key.StartsWith(table + "-")))
            .Select(t => new
            {
                t.Key,
                // Rows as printed: a printed row the seed splits in two (a node and its indicator) counts once.
                Rows = db.SourceRows.Where(r => r.SourceTableId == t.Id && r.RegionId == t.RegionId && !r.IsTotal).Select(r => r.LineFrom).Distinct().Count(),
            })
            .ToListAsync();
        Assert.True(loaded.Count > 0, $"{document}/{table} is not in the database");
        var exact = loaded.SingleOrDefault(t => t.Key == table);
        Assert.True(exact is not null, $"{document}/{table} is not a table of its own");
        if (rows is not null)
        {
            Assert.Equal(rows, exact.Rows);
        }
        else
        {
            Assert.True(exact.Rows > 0, $"{document}/{table} has no rows");
        }
    }

    [Fact]
    public async Task No_table_is_loaded_that_the_inventory_does_not_list()
    {
        var listed = Inventory.Select(row => ((string)row[0], (string)row[1])).ToHashSet();
        await using var db = fixture.CreateContext();
        // The narrative tables hold figures of the prose, which the inventory of tables does not list.
        var tables = await db.SourceTables.AsNoTracking().Where(t => t.Kind != "narrative").Select(t => new { Document = t.Document!.Key, t.Key }).ToListAsync();
        var unlisted = tables.Where(t => !listed.Any(l => l.Item1 == t.Document && (t.Key == l.Item2 || t.Key.StartsWith(l.Item2 + "-")))).ToList();
        Assert.Empty(unlisted);
    }
}
