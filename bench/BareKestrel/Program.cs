// The fastest an ASP.NET Core process answers on this machine: Kestrel and one terminal delegate
// writing a file's bytes from memory, with no middleware, logging or routing. bench/run.sh
// measures it (K) beside the static file (S): K / S bounds what any response of the same size,
// cached or not, can reach in ASP.NET Core here.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var file = app.Configuration["File"] ?? throw new InvalidOperationException("Pass --File <path of the bytes to serve>.");
var bytes = await File.ReadAllBytesAsync(file);
app.Run(context =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = bytes.Length;
    return context.Response.Body.WriteAsync(bytes).AsTask();
});
await app.RunAsync();
