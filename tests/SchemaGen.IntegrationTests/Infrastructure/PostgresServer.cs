using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Npgsql;
using SchemaGen.IntegrationTests.Infrastructure;
using Xunit;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace SchemaGen.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the integration tests run against, shared by the whole test assembly (SPEC section 4).
/// <list type="bullet">
/// <item>With <c>SCHEMAGEN_TEST_CONNECTION</c> set (an Npgsql connection string to a server where the tests may
/// create databases) it uses that server, and drops the databases it created when the run ends.</item>
/// <item>Otherwise it starts a throwaway cluster from the PostgreSQL binaries installed on the machine
/// (see <see cref="PostgresBinaries"/>) in a temporary directory, on a free port of 127.0.0.1, with trust
/// authentication for the superuser <c>postgres</c>. As root, <c>initdb</c> and <c>pg_ctl</c> run as the
/// <c>postgres</c> user. The cluster is stopped and its directory deleted when the run ends.</item>
/// <item>With neither, every test fails with a message that says what to install.</item>
/// </list>
/// Each test gets a database of its own from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>The environment variable with the connection string of an existing server.</summary>
    public const string ConnectionVariable = "SCHEMAGEN_TEST_CONNECTION";

    private static readonly TimeSpan InitDbTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ShortCommandTimeout = TimeSpan.FromSeconds(30);
    private const int StartAttempts = 3;

    private readonly ConcurrentBag<string> createdDatabases = new();
    private string? adminConnectionString;
    private Cluster? cluster;

    /// <summary>Where the server comes from, for diagnostics: the throwaway cluster or the external server.</summary>
    public string Description { get; private set; } = "not started";

    /// <summary>How long <see cref="InitializeAsync"/> took.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        var external = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            await UseExternalServerAsync(external).ConfigureAwait(false);
        }
        else
        {
            cluster = await Cluster.StartAsync().ConfigureAwait(false);
            adminConnectionString = cluster.ConnectionString;
            Description = $"throwaway PostgreSQL cluster from {cluster.Binaries.BinDirectory} on 127.0.0.1:{cluster.Port} in {cluster.RootDirectory}";
        }

        StartupTime = stopwatch.Elapsed;
        TestContext.Current.SendDiagnosticMessage($"PostgresServer: {Description}, ready after {StartupTime.TotalMilliseconds:0} ms");
    }

    /// <summary>
    /// Creates a new, empty database with a unique name (<c>sg_&lt;guid&gt;</c>) and returns a connection string for
    /// it. Connections made with it are not pooled, so that many test databases never exhaust the server's
    /// connection limit.
    /// </summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var admin = adminConnectionString
            ?? throw new InvalidOperationException("The PostgreSQL server is not started; PostgresServer.InitializeAsync did not run or failed.");
        var name = "sg_" + Guid.NewGuid().ToString("N");

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            // template0 cannot be in use by anybody else (template1 might be, on a shared server) and has no
            // local additions; C collation keeps the tests independent of the machine's locale.
            await using var command = new NpgsqlCommand(
                $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'",
                connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        createdDatabases.Add(name);
        return new NpgsqlConnectionStringBuilder(admin)
        {
            Database = name,
            Pooling = false,
            IncludeErrorDetail = true,
        }.ConnectionString;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (cluster is not null)
        {
            // The whole cluster goes away; its databases need no dropping.
            await cluster.DisposeAsync().ConfigureAwait(false);
            cluster = null;
            return;
        }

        if (adminConnectionString is not null && !createdDatabases.IsEmpty)
        {
            await DropCreatedDatabasesAsync(adminConnectionString).ConfigureAwait(false);
        }
    }

    private async Task UseExternalServerAsync(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"{ConnectionVariable} is not a valid Npgsql connection string: {e.Message}", e);
        }

        // The maintenance database: the one named in the variable, else "postgres".
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "postgres";
        }

        builder.IncludeErrorDetail = true;
        adminConnectionString = builder.ConnectionString;

        var shown = new NpgsqlConnectionStringBuilder(adminConnectionString) { Password = null };
        try
        {
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync().ConfigureAwait(false);
            Description = $"external PostgreSQL {connection.PostgreSqlVersion} from {ConnectionVariable} ({shown.ConnectionString})";
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            adminConnectionString = null;
            throw new InvalidOperationException(
                $"{ConnectionVariable} is set, but its server cannot be reached ({shown.ConnectionString}): {e.Message}. "
                + $"Fix the connection string, or unset {ConnectionVariable} to let the tests start a throwaway server "
                + "from the PostgreSQL binaries installed on this machine.",
                e);
        }
    }

    private async Task DropCreatedDatabasesAsync(string admin)
    {
        var failures = new List<Exception>();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync().ConfigureAwait(false);
        var force = connection.PostgreSqlVersion >= new Version(13, 0) ? " WITH (FORCE)" : "";
        foreach (var name in createdDatabases)
        {
            try
            {
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\"{force}", connection);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            catch (NpgsqlException e)
            {
                failures.Add(new InvalidOperationException($"Could not drop test database {name}: {e.Message}", e));
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException("Some test databases on the external server could not be dropped.", failures);
        }
    }

    /// <summary>A PostgreSQL cluster in a temporary directory, owned by this test run.</summary>
    private sealed class Cluster : IAsyncDisposable
    {
        private const string PostgresUser = "postgres";

        private Cluster(PostgresBinaries binaries, string rootDirectory, string? runUser)
        {
            Binaries = binaries;
            RootDirectory = rootDirectory;
            RunUser = runUser;
        }

        public PostgresBinaries Binaries { get; }

        /// <summary>The temporary directory: the data directory, the socket and the server log live in it.</summary>
        public string RootDirectory { get; }

        public string DataDirectory => Path.Combine(RootDirectory, "data");

        public string LogFile => Path.Combine(RootDirectory, "postgres.log");

        /// <summary><c>runuser</c> when running as root, else <see langword="null"/>.</summary>
        private string? RunUser { get; }

        public int Port { get; private set; }

        public string ConnectionString => new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = PostgresUser,
            Database = "postgres",
            IncludeErrorDetail = true,
        }.ConnectionString;

        public static async Task<Cluster> StartAsync()
        {
            var binaries = PostgresBinaries.Find(out var searched) ?? throw NoPostgresException(searched);
            var runUser = IsRoot() ? await PrepareRootAsync().ConfigureAwait(false) : null;

            var root = Directory.CreateTempSubdirectory("schemagen-pg-").FullName;
            var cluster = new Cluster(binaries, root, runUser);
            try
            {
                if (runUser is not null)
                {
                    // initdb and the server refuse to run as root; the postgres user must own the directory.
                    await ProcessRunner.RunCheckedAsync("chown", ["-R", $"{PostgresUser}:", root], ShortCommandTimeout).ConfigureAwait(false);
                }

                await cluster.InitDbAsync().ConfigureAwait(false);
                await cluster.StartServerAsync().ConfigureAwait(false);
                return cluster;
            }
            catch
            {
                await cluster.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            Exception? stopFailure = null;
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                try
                {
                    var result = await RunPostgresToolAsync(
                        Binaries.PgCtl,
                        ["-D", DataDirectory, "-m", "immediate", "-w", "-t", ((int)StopTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "stop"],
                        StopTimeout + TimeSpan.FromSeconds(15)).ConfigureAwait(false);
                    if (result.ExitCode != 0)
                    {
                        stopFailure = new InvalidOperationException(
                            $"Could not stop the throwaway PostgreSQL server in {DataDirectory}.{Environment.NewLine}{result.Describe()}{ServerLog()}");
                    }
                }
                catch (Exception e) when (e is TimeoutException or InvalidOperationException)
                {
                    stopFailure = e;
                }
            }

            if (stopFailure is null)
            {
                try
                {
                    Directory.Delete(RootDirectory, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // A leftover directory under the temp folder is harmless; a failing test run for it is not.
                }
            }

            if (stopFailure is not null)
            {
                throw stopFailure;
            }
        }

        private async Task InitDbAsync()
        {
            var result = await RunPostgresToolAsync(
                Binaries.InitDb,
                ["-D", DataDirectory, "-U", PostgresUser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"],
                InitDbTimeout).ConfigureAwait(false);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"initdb failed for the throwaway PostgreSQL cluster.{Environment.NewLine}{result.Describe()}");
            }
        }

        private async Task StartServerAsync()
        {
            for (var attempt = 1; ; attempt++)
            {
                Port = FreePort();
                // A fresh log per attempt, so that it tells about this attempt only.
                File.Delete(LogFile);
                // pg_ctl hands -o to the server through a shell, hence the quoting of the socket directory.
                var serverOptions = string.Join(
                    " ",
                    $"-p {Port}",
                    $"-k '{RootDirectory}'",
                    "-c listen_addresses=127.0.0.1",
                    "-c fsync=off",
                    "-c synchronous_commit=off",
                    "-c full_page_writes=off",
                    "-c max_connections=200");
                var result = await RunPostgresToolAsync(
                    Binaries.PgCtl,
                    ["-D", DataDirectory, "-o", serverOptions, "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-l", LogFile, "start"],
                    StartTimeout + TimeSpan.FromSeconds(15)).ConfigureAwait(false);
                if (result.ExitCode == 0)
                {
                    return;
                }

                var log = ServerLog();
                // Another process may have taken the port between FreePort() and the server's bind.
                if (attempt < StartAttempts && log.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                throw new InvalidOperationException(
                    $"The throwaway PostgreSQL server did not start (attempt {attempt}, port {Port}).{Environment.NewLine}{result.Describe()}{log}");
            }
        }

        private Task<ProcessResult> RunPostgresToolAsync(string binary, IReadOnlyList<string> arguments, TimeSpan timeout) =>
            RunUser is null
                ? ProcessRunner.RunAsync(binary, arguments, timeout, RootDirectory)
                : ProcessRunner.RunAsync(RunUser, ["-u", PostgresUser, "--", binary, .. arguments], timeout, RootDirectory);

        private string ServerLog()
        {
            try
            {
                return File.Exists(LogFile)
                    ? $"{Environment.NewLine}--- server log {LogFile} ---{Environment.NewLine}{File.ReadAllText(LogFile).TrimEnd()}"
                    : $"{Environment.NewLine}(no server log at {LogFile})";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return $"{Environment.NewLine}(server log {LogFile} unreadable: {e.Message})";
            }
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                return ((IPEndPoint)listener.LocalEndpoint).Port;
            }
            finally
            {
                listener.Stop();
            }
        }

        // Environment.UserName is the name of the effective user id on Unix.
        private static bool IsRoot() =>
            !OperatingSystem.IsWindows() && string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

        /// <summary>Checks what running as root needs: <c>runuser</c> and a <c>postgres</c> user. Returns runuser's path.</summary>
        private static async Task<string> PrepareRootAsync()
        {
            var runUser = new[] { "/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser" }.FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException(
                    "The tests run as root, and PostgreSQL refuses to run as root, but `runuser` (util-linux) is missing, so the "
                    + $"throwaway server cannot be started as the {PostgresUser} user. Install util-linux, run the tests as "
                    + $"another user, or set {ConnectionVariable} to an Npgsql connection string of a running server.");

            var id = await ProcessRunner.RunAsync("id", ["-u", PostgresUser], ShortCommandTimeout).ConfigureAwait(false);
            if (id.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"The tests run as root, and PostgreSQL refuses to run as root, but there is no `{PostgresUser}` user to run the "
                    + "throwaway server as (the postgresql package creates it: `apt-get install -y postgresql`). Create it "
                    + $"(`useradd --system {PostgresUser}`), run the tests as another user, or set {ConnectionVariable}."
                    + Environment.NewLine + id.Describe());
            }

            return runUser;
        }

        private static InvalidOperationException NoPostgresException(IReadOnlyList<string> searched) =>
            new(
                "The SchemaGen integration tests need a PostgreSQL server, and none is available: "
                + $"{ConnectionVariable} is not set, and no PostgreSQL binaries (initdb and pg_ctl) were found"
                + (Environment.GetEnvironmentVariable(PostgresBinaries.BinDirectoryVariable) is { Length: > 0 } bin
                    ? $" in {bin} ({PostgresBinaries.BinDirectoryVariable})"
                    : " on PATH or under /usr/lib/postgresql/*/bin")
                + "." + Environment.NewLine
                + "Either install PostgreSQL, e.g. on Debian/Ubuntu: `apt-get install -y postgresql` "
                + "(the tests then start a throwaway server of their own; it does not need to be running), "
                + $"or set {ConnectionVariable} to an Npgsql connection string of a server where the tests may create "
                + $"databases, e.g. {ConnectionVariable}=\"Host=localhost;Username=postgres;Password=postgres\"."
                + Environment.NewLine
                + "Searched: " + (searched.Count == 0 ? "(nothing)" : string.Join(", ", searched)));
    }
}
