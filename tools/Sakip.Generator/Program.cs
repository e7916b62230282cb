using System.CommandLine;
using System.Diagnostics;

namespace Sakip.Generator;

public static class GeneratorProgram
{
    public static int Main(string[] args)
    {
        var output = new Option<string>("--out") { Description = "the folder to write the documents into (created; an earlier output is replaced)", Required = true };
        var documents = new Option<int>("--documents") { Description = "how many documents to write", Required = true };
        var templates = new Option<string>("--templates") { Description = "the folder of template documents", DefaultValueFactory = _ => "seed" };
        var seed = new Option<ulong>("--random-seed") { Description = "the fixed random seed", DefaultValueFactory = _ => 20261201UL };
        var change = new Option<int>("--change") { Description = "also change K documents in one figure (A prime), listed in changed-documents.txt" };
        var share = new Option<double>("--plant-share") { Description = "share of documents with one planted disagreement", DefaultValueFactory = _ => 0.05 };
        var root = new RootCommand("Writes a synthetic national SAKIP dataset in the seed format, derived from the template documents.")
        {
            output, documents, templates, seed, change, share,
        };
        root.SetAction(parse =>
        {
            var options = new GeneratorOptions
            {
                Out = parse.GetValue(output)!,
                Documents = parse.GetValue(documents),
                Templates = parse.GetValue(templates)!,
                RandomSeed = parse.GetValue(seed),
                Change = parse.GetValue(change),
                PlantShare = parse.GetValue(share),
            };
            if (options.Documents < 1)
            {
                Console.Error.WriteLine("--documents must be at least 1");
                return 2;
            }
            var clock = Stopwatch.StartNew();
            try
            {
                var result = NationalGenerator.Run(options);
                Console.WriteLine($"{result.Documents.Count} documents in {result.Documents.Select(d => d.Region).Distinct().Count()} regions written to {options.Out} "
                    + $"in {clock.Elapsed.TotalSeconds:0.0} s; {result.Planted.Count} planted disagreements, {result.Changed.Count} changed documents.");
                return 0;
            }
            catch (GeneratorException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return root.Parse(args).Invoke();
    }
}
