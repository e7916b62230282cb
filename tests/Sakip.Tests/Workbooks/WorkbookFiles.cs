using System.Text.Json;
using Sakip.Api.Seeding;
using Sakip.Api.Workbooks;

namespace Sakip.Tests.Workbooks;

/// <summary>Workbooks of the test documents in a folder of the test's own, and what SeedReader reads from a folder.</summary>
public sealed class WorkbookFiles : IDisposable
{
    /// <summary>The number of sheets of the last workbook exported.</summary>
    public int SheetCount { get; private set; }

    public string Root { get; } = Directory.CreateTempSubdirectory("sakip-workbooks-").FullName;

    /// <summary>The workbook of a document folder (its export must succeed).</summary>
    public string Export(string folder, string name)
    {
        var path = Path.Combine(Root, name + ".xlsx");
        var errors = WorkbookWriter.Export(folder, path);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        using var workbook = new ClosedXML.Excel.XLWorkbook(path);
        SheetCount = workbook.Worksheets.Count;
        return path;
    }

    /// <summary>A seed folder (ROOT/NAME/seed) for documents read back from workbooks: files are named "seed/KEY/FILE" as in the original.</summary>
    public string SeedFolder(string name)
    {
        var seed = Path.Combine(Root, name, "seed");
        Directory.CreateDirectory(seed);
        return seed;
    }

    /// <summary>A document folder read as the loader reads it, with the errors and warnings it gives.</summary>
    public static (SeedDocument? Document, List<SeedError> Errors, List<SeedError> Warnings) Read(string folder)
    {
        var errors = new List<SeedError>();
        var warnings = new List<SeedError>();
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(folder)))!;
        var document = SeedReader.ReadDocument(folder, root, "", errors, warnings);
        return (document, errors, warnings);
    }

    /// <summary>What a document says, as text: its manifest, and each table's rows with their lines, cells and dash reading.</summary>
    public static string Describe(SeedDocument document) =>
        JsonSerializer.Serialize(new
        {
            document.Manifest,
            document.ManifestFile,
            Tables = document.Tables.Select(t => new
            {
                t.Key, t.Kind, t.File, t.Year, t.LineFrom, t.LineTo,
                Rows = t.Rows.Select(r => new
                {
                    r.File, r.SeedLine, r.Ordinal, r.LineFrom, r.LineTo,
                    Cells = r.Cells.OrderBy(c => c.Key, StringComparer.Ordinal).ToList(),
                    NotRecorded = r.Cells.Keys.Order(StringComparer.Ordinal).Select(r.DashNotRecorded).ToList(),
                }),
            }),
        }, new JsonSerializerOptions { WriteIndented = true });

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
