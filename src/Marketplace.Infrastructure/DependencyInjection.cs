using Elastic.Clients.Elasticsearch;
using Marketplace.Application.Accounts;
using Marketplace.Application.Accounts.ChangeEmail;
using Marketplace.Application.Accounts.PasswordReset;
using Marketplace.Application.Accounts.PausedSignIns;
using Marketplace.Application.Accounts.Register;
using Marketplace.Application.Affiliations;
using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.Reminders;
using Marketplace.Infrastructure.Bookings;
using Marketplace.Application.Payments;
using Marketplace.Application.Payments.Authorise;
using Marketplace.Application.Payments.Settle;
using Marketplace.Infrastructure.Payments;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Common.Documents;
using Marketplace.Application.Listings;
using Marketplace.Application.Notifications;
using Marketplace.Application.Notifications.Delivery;
using Marketplace.Application.Notifications.Inbox;
using Marketplace.Application.Notifications.Preferences;
using Marketplace.Application.Search;
using Marketplace.Application.Search.Services;
using Marketplace.Infrastructure.Search;
using Marketplace.Infrastructure.Search.Elasticsearch;
using Marketplace.Infrastructure.Search.Lucene;
using Marketplace.Infrastructure.Notifications;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Documents;
using Marketplace.Application.Areas;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Families;
using Marketplace.Infrastructure.Areas;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Persistence.Providers;
using Marketplace.Infrastructure.Persistence.Repositories;
using Marketplace.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SendGrid;

namespace Marketplace.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the adapters chosen by configuration: <c>Database:Provider</c> (Sqlite, PostgreSql,
    /// SqlServer) with <c>ConnectionStrings:Marketplace</c>; SQLite defaults to a file under DataPath.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, DataPathOptions dataPath)
    {
        services.AddSingleton(dataPath);
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section));

        AddDatabase(services, configuration, dataPath);
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddSingleton<AggregateVersions>();
        services.AddSingleton(new WriteTurns(serialize: ProviderOf(configuration) == DatabaseProvider.Sqlite));
        services.AddScoped<ICaregiverRepository, CaregiverRepository>();
        services.AddScoped<IEnterpriseRepository, EnterpriseRepository>();
        services.AddScoped<IFamilyRepository, FamilyRepository>();
        services.AddScoped<IListingRepository, ListingRepository>();
        services.AddScoped<IAffiliationRepository, AffiliationRepository>();
        services.AddScoped<Application.Reviews.IReviewRepository, ReviewRepository>();
        services.AddScoped<Application.Complaints.IComplaintRepository, ComplaintRepository>();
        services.AddScoped<Application.CarePlans.ICarePlanRepository, CarePlanRepository>();
        services.AddScoped<IBookingRepository, BookingRepository>();
        services.AddScoped<Application.Sponsors.ISponsorProgrammeRepository, Sponsors.SponsorProgrammeRepository>();
        services.AddScoped<Application.Payouts.IPayoutRepository, Payouts.PayoutRepository>();
        services.AddScoped<IPlaceCounter, PlaceCounter>();
        services.AddScoped<Application.Reports.RegionalReport.IRegionalReportSource, Reports.RegionalReportSource>();
        services.AddScoped<IRecipientAccessLog, RecipientAccessLog>();
        services.AddScoped<Scheduling.JobLeases>();
        AddDocuments(services, configuration, dataPath);
        AddOutbox(services, configuration);
        AddSearch(services, configuration, dataPath);
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<RefreshTokens>();
        services.AddSingleton<IAreaCatalog>(_ => AreaCatalog.LoadEmbedded());

        services.AddScoped<AccountSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<Identity.SigningKeys>();
        return services;
    }

    /// <summary>
    /// The document store in its folder (<c>Documents:Path</c>, under DataPath unless absolute), each account's quota
    /// (<c>Uploads:MaxBytesPerAccount</c>, in bytes), and the outbox deletion of the files a save stopped referring to.
    /// </summary>
    private static void AddDocuments(IServiceCollection services, IConfiguration configuration, DataPathOptions dataPath)
    {
        var folder = Path.GetFullPath(configuration[FileDocumentStore.PathSetting] is { Length: > 0 } configured ? configured : "documents", dataPath.Root);
        services.AddSingleton<IDocumentStore>(new FileDocumentStore(folder));
        services.AddSingleton<IPictureShrinker, SkiaPictureShrinker>();
        services.AddSingleton(new UploadQuota(configuration.GetValue(UploadQuota.Setting, UploadQuota.Default.MaxBytesPerAccount)));
        services.AddScoped<IStoredFileReferences, StoredFileReferences>();
        services.AddSingleton<ReleasedFileCapture>();
        services.AddOutboxHandler<StoredFileReleased, DeleteReleasedFile>();
    }

    /// <summary>The outbox, its dispatcher and the side effects it performs (email through the pickup folder).</summary>
    private static void AddOutbox(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).PostConfigure(outbox =>
        {
            if (outbox.Concurrency < 1 || outbox.BatchSize < 1)
            {
                throw new InvalidOperationException("Outbox:Concurrency and Outbox:BatchSize must be at least 1.");
            }
        });
        services.AddScoped<IOutbox, EfOutbox>();
        services.AddScoped<IDeadLetters, DeadLetters>();
        AddEmail(services, configuration);
        services.AddSingleton<IEmailTemplates, LiquidEmailTemplates>();
        services.AddSingleton<EmailWriter>();
        services.AddOutboxHandler<VerificationDecided, VerificationDecidedEmail>();
        services.AddOutboxHandler<ComplaintResolved, ComplaintResolvedEmail>();
        services.AddOutboxHandler<ProviderSuspensionChanged, ProviderSuspensionChangedEmail>();
        services.AddSingleton<SignUpEmailLimit>();
        services.AddOutboxHandler<SignUpEmail, SignUpEmailSender>();
        services.AddOutboxHandler<PasswordResetEmail, PasswordResetEmailSender>();
        services.AddOutboxHandler<PasswordChangedEmail, PasswordChangedEmailSender>();
        services.AddOutboxHandler<EmailChangeLinkEmail, EmailChangeLinkEmailSender>();
        services.AddOutboxHandler<AddressTakenEmail, AddressTakenEmailSender>();
        services.AddOutboxHandler<EmailChangeRequestedEmail, EmailChangeRequestedEmailSender>();
        services.AddOutboxHandler<EmailChangedEmail, EmailChangedEmailSender>();
        services.AddOutboxHandler<PausedSignInsEmail, PausedSignInsEmailSender>();
        services.AddSingleton<BookingChangeCapture>();
        services.AddSingleton<CaregiverTimeTurns>();
        services.AddSingleton<Sponsors.SponsorBudgets>();
        services.AddScoped<ILedger, EfLedger>();
        AddCardProcessor(services, configuration);
        services.AddOutboxHandler<BookingEvent, BookingEventEmail>();
        services.AddOutboxHandler<VisitReminder, VisitReminderEmail>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
    }

    /// <summary>
    /// The email adapter of <c>Email:Sender</c>: the pickup folder (the default) or SendGrid, whose <c>Email:SendGrid:ApiKey</c>
    /// is then required. Either stands behind the check that skips undeliverable addresses, which SendGrid's event webhook reports.
    /// </summary>
    private static void AddEmail(IServiceCollection services, IConfiguration configuration)
    {
        var email = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        if (!MimeKit.MailboxAddress.TryParse(email.From, out var from) || from.Domain.Length == 0)
        {
            throw new InvalidOperationException("Email:From must be one address, such as \"Peduli <no-reply@example.id>\".");
        }

        services.AddSingleton(email);
        services.AddSingleton(email.SendGrid);
        services.AddScoped<IUndeliverableAddresses, EfUndeliverableAddresses>();
        services.AddScoped<INoticeInbox, EfNoticeInbox>();
        services.AddScoped<IEmailPreferences, EfEmailPreferences>();
        services.AddSingleton<IEmailEventReader, SendGridEventReader>();
        if (email.Sender == EmailSenderKind.SendGrid)
        {
            if (email.SendGrid.ApiKey.Length == 0)
            {
                throw new InvalidOperationException("Email:Sender is SendGrid, so Email:SendGrid:ApiKey is required (user-secrets or environment).");
            }

            services.AddSingleton<RecentlySent>();
            services.AddSingleton<ISendGridClient>(_ => SendGridEmailSender.Client(email.SendGrid));
            services.AddSingleton<SendGridEmailSender>();
            services.AddScoped<INotificationSender>(provider => InAppCopyBefore<SendGridEmailSender>(provider));
        }
        else
        {
            services.AddSingleton<PickupFolderEmailSender>();
            services.AddScoped<INotificationSender>(provider => InAppCopyBefore<PickupFolderEmailSender>(provider));
        }
    }

    /// <summary>
    /// An email is kept in the app first (even for an address mail does not reach, or an email its reader turned off),
    /// then checked against the reader's preferences and the undeliverable addresses, then sent.
    /// </summary>
    private static InAppCopy InAppCopyBefore<TAdapter>(IServiceProvider provider)
        where TAdapter : INotificationSender =>
        ActivatorUtilities.CreateInstance<InAppCopy>(provider, ActivatorUtilities.CreateInstance<OptionalEmailGuard>(
            provider, ActivatorUtilities.CreateInstance<UndeliverableAddressGuard>(provider, provider.GetRequiredService<TAdapter>())));

    /// <summary>
    /// The card processor of <c>Payments:Processor</c>: none (the default: families pay offline) or Stripe, with its
    /// <c>Payments:Stripe</c> keys, whose checkout pages return to the <c>PublicUrl</c>.
    /// </summary>
    private static void AddCardProcessor(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICardEventLog, EfCardEventLog>();
        services.AddOutboxHandler<CardSettlement, CardSettlementHandler>();
        services.AddOutboxHandler<CardAuthorisationDue, CardAuthorisationHandler>();
        if (configuration.GetValue("Payments:Processor", CardProcessorKind.None) != CardProcessorKind.Stripe)
        {
            services.AddSingleton<ICardProcessor, NoCardProcessor>();
            return;
        }

        var stripe = configuration.GetSection(StripeOptions.Section).Get<StripeOptions>() ?? new StripeOptions();
        if (stripe.SecretKey.Length == 0 || stripe.WebhookSecret.Length == 0)
        {
            throw new InvalidOperationException("Payments:Processor is Stripe, so Payments:Stripe:SecretKey and :WebhookSecret are required (user-secrets or environment).");
        }

        if (stripe.AuthorisationDays is < 2 or > 31)
        {
            throw new InvalidOperationException("Payments:Stripe:AuthorisationDays is how many days Stripe holds an authorisation: from 2 to 31 (7 for online card payments).");
        }

        var publicOrigin = new Uri(configuration["PublicUrl"] ?? throw new InvalidOperationException("PublicUrl is required for card checkout pages to return to."));
        services.AddSingleton<ICardProcessor>(StripeCardProcessor.Create(stripe, publicOrigin));
    }

    /// <summary>
    /// The search indexes (caregivers; daycares and clinic stops) on the configured engine, fed by the outbox
    /// from every change the database saves.
    /// </summary>
    private static void AddSearch(IServiceCollection services, IConfiguration configuration, DataPathOptions dataPath)
    {
        var search = configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions();
        if (search.Engine == SearchEngine.Elasticsearch)
        {
            var cluster = configuration.GetSection(ElasticsearchOptions.Section).Get<ElasticsearchOptions>() ?? new ElasticsearchOptions();
            services.AddSingleton(_ => new ElasticsearchClient(ClusterSettings.For(cluster)));
            services.AddSingleton<ICaregiverSearchIndex>(provider => new ElasticsearchCaregiverIndex(provider.GetRequiredService<ElasticsearchClient>(), cluster.IndexPrefix));
            services.AddSingleton<IServiceSearchIndex>(provider => new ElasticsearchServiceIndex(provider.GetRequiredService<ElasticsearchClient>(), cluster.IndexPrefix));
        }
        else
        {
            var indexPath = string.IsNullOrEmpty(search.IndexPath) ? dataPath.PathOf("search") : search.IndexPath;
            services.AddSingleton<ICaregiverSearchIndex>(provider => new LuceneCaregiverIndex(indexPath, provider.GetRequiredService<TimeProvider>(), search.CommitEvery));
            services.AddSingleton<IServiceSearchIndex>(provider => new LuceneServiceIndex(indexPath, provider.GetRequiredService<TimeProvider>(), search.CommitEvery));
        }

        services.AddSingleton<CaregiverChangeCapture>();
        services.AddOutboxBatchHandler<CaregiverChanged, IndexChangedCaregivers>();
        services.AddSingleton<ListingChangeCapture>();
        services.AddOutboxHandler<ListingChanged, IndexChangedListing>();
        services.AddScoped<ISearchVersionClock, DatabaseVersionClock>();
        services.AddScoped<SearchIndexBuilder>();
    }

    private static DbContextOptionsBuilder AddChangeCapture(this DbContextOptionsBuilder options, IServiceProvider provider) =>
        options.AddInterceptors(
            provider.GetRequiredService<AggregateVersions>(),
            provider.GetRequiredService<CaregiverChangeCapture>(),
            provider.GetRequiredService<ListingChangeCapture>(),
            provider.GetRequiredService<BookingChangeCapture>(),
            provider.GetRequiredService<CaregiverTimeTurns>(),
            provider.GetRequiredService<Sponsors.SponsorBudgets>(),
            provider.GetRequiredService<ReleasedFileCapture>());

    public static DatabaseProvider ProviderOf(IConfiguration configuration) =>
        configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);

    private static void AddDatabase(IServiceCollection services, IConfiguration configuration, DataPathOptions dataPath)
    {
        var connectionString = configuration.GetConnectionString("Marketplace");

        // An aggregate with several collections (a caregiver's certificates, weekly hours and time off) is read one
        // collection per query: joined into one, the rows multiply (20 × 21 × 50 at the limits) for every caregiver read.
        // Contexts come from a pool, reset between scopes, and their options are built once (the interceptors are
        // singletons): a request no longer builds a context and its options from nothing.
        switch (ProviderOf(configuration))
        {
            case DatabaseProvider.Sqlite:
                // Default Timeout doubles as SQLite's busy timeout: a writer waits for the lock instead of failing.
                var sqlite = connectionString ?? $"Data Source={dataPath.PathOf("peduli.db")};Default Timeout=30";
                services.AddDbContextPool<MarketplaceDbContext, SqliteMarketplaceDbContext>((provider, o) => o.UseSqlite(sqlite, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddChangeCapture(provider));
                break;
            case DatabaseProvider.PostgreSql:
                var npgsql = PostgresConnectionString.WithDefaults(Require(connectionString));
                services.AddDbContextPool<MarketplaceDbContext, PostgresMarketplaceDbContext>((provider, o) =>
                    o.UseNpgsql(npgsql, postgres => postgres.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddChangeCapture(provider));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<MarketplaceDbContext, SqlServerMarketplaceDbContext>((provider, o) =>
                    o.UseSqlServer(Require(connectionString), sqlServer => sqlServer.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddChangeCapture(provider));
                break;
            default:
                throw new InvalidOperationException("Database:Provider must be Sqlite, PostgreSql or SqlServer.");
        }
    }

    private static string Require(string? connectionString) =>
        connectionString ?? throw new InvalidOperationException("ConnectionStrings:Marketplace is required for this database provider.");
}
