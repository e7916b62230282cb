// The static site generator is built in its own issue; until then this project only reserves its place.
Console.Error.WriteLine("The transparency site generator is not built yet.");
return 1;
