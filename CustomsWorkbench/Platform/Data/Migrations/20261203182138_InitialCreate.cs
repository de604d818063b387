using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomsWorkbench.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    PreferredCulture = table.Column<string>(type: "TEXT", nullable: false),
                    OfficeCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AssistantMessage",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserName = table.Column<string>(type: "TEXT", nullable: false),
                    Conversation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20004, nullable: false),
                    TurnJson = table.Column<string>(type: "TEXT", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssistantMessage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AssistantProposal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssistantProposal", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TimestampUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", nullable: true),
                    AiOutput = table.Column<string>(type: "TEXT", nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WindowFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WindowTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BackgroundJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Fraction = table.Column<double>(type: "REAL", nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    QueuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", nullable: true),
                    ModelKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClassificationDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SuggestedCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SuggestedConfidence = table.Column<double>(type: "REAL", nullable: false),
                    ChosenCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ChosenRank = table.Column<int>(type: "INTEGER", nullable: true),
                    FollowedSuggestion = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClassificationDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Conveyances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Identifier = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conveyances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", nullable: false),
                    FtaPartner = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Declarants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LicenseNumber = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationHolds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HeldBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HeldAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationHolds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationNote",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationNote", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationTriage",
                columns: table => new
                {
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ImporterId = table.Column<int>(type: "INTEGER", nullable: false),
                    MainTariffCode = table.Column<string>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    RecommendedChannel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", nullable: false),
                    ArrivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedChannel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecommendedAtDecision = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ModelVersionAtDecision = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OutcomeRevenue = table.Column<double>(type: "REAL", nullable: true),
                    SeizedGoods = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SeizureCategory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SeizureQuantity = table.Column<decimal>(type: "TEXT", nullable: true),
                    SeizureUnit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SeizureConcealment = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SeizureConcealmentNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SeizureFoundIn = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SeizureFoundInNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UndoableUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OutcomeAppliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SeizureCaseNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Review = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationTriage", x => x.DeclarationId);
                });

            migrationBuilder.CreateTable(
                name: "DemoGroundTruth",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityType = table.Column<string>(type: "TEXT", nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Pattern = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: true),
                    TrueValue = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemoGroundTruth", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DossierAccess",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierAccess", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeRates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    KrwPerUnit = table.Column<double>(type: "REAL", nullable: false),
                    Units = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeRates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GraphNodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstSeen = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastSeen = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MergedIntoId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GraphNodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", nullable: false),
                    RowCount = table.Column<int>(type: "INTEGER", nullable: false),
                    InsertedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UnchangedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Importers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BusinessNumber = table.Column<string>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BankAccount = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Importers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntelligenceGroundTruth",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedId = table.Column<int>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntelligenceGroundTruth", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InvestigationCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    GraphState = table.Column<string>(type: "TEXT", maxLength: 1000000, nullable: false),
                    AttachedRecords = table.Column<string>(type: "TEXT", maxLength: 1000000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", nullable: false),
                    Shared = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MisuseReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReporterContact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WhatHappened = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FlaggedParcels = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MisuseReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ModelVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ModelName = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    TrainedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrainedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrainingRows = table.Column<int>(type: "INTEGER", nullable: false),
                    MetricsJson = table.Column<string>(type: "TEXT", nullable: false),
                    FeatureImportanceJson = table.Column<string>(type: "TEXT", nullable: false),
                    ArtifactPath = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    PromotedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PromotedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelVersion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OfficeCapacity",
                columns: table => new
                {
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RedPerDay = table.Column<int>(type: "INTEGER", nullable: false),
                    YellowPerDay = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficeCapacity", x => x.OfficeId);
                });

            migrationBuilder.CreateTable(
                name: "Offices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessage",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Topic = table.Column<string>(type: "TEXT", nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcedureDocument",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    Shipped = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureDocument", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisteredCodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonalCustomsCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisteredCodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewTimings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Officer = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Seconds = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewTimings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskAssessment",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", nullable: false),
                    ProbabilityIllicit = table.Column<double>(type: "REAL", nullable: false),
                    ExpectedRevenue = table.Column<double>(type: "REAL", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    RecommendedChannel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExplanationJson = table.Column<string>(type: "TEXT", nullable: false),
                    AssessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScanEscalations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScanId = table.Column<int>(type: "INTEGER", nullable: false),
                    FindingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConsignmentKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConsignmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsignmentReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RaisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsignmentHeld = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanEscalations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsignmentKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConsignmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsignmentReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DualEnergy = table.Column<bool>(type: "INTEGER", nullable: false),
                    BitDepth = table.Column<int>(type: "INTEGER", nullable: false),
                    View = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Scanner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ScannedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    HighEnergyFile = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    LowEnergyFile = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    GeneratorSeed = table.Column<int>(type: "INTEGER", nullable: true),
                    GoodsCategory = table.Column<string>(type: "TEXT", nullable: true),
                    DetectorVersion = table.Column<string>(type: "TEXT", nullable: true),
                    AnalysedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConsistencyScore = table.Column<double>(type: "REAL", nullable: true),
                    ConsistencyReason = table.Column<string>(type: "TEXT", nullable: true),
                    ConsistencyReasonCode = table.Column<string>(type: "TEXT", nullable: true),
                    MaxConfidence = table.Column<double>(type: "REAL", nullable: false),
                    HeatMapJson = table.Column<string>(type: "TEXT", nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeizurePhotos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SeizureId = table.Column<int>(type: "INTEGER", nullable: true),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SizeBytes = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeizurePhotos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SelectivityRule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleKey = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    IsLatest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TariffPrefix = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OriginCountryCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ImporterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DeclarantCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MaxValueRatio = table.Column<double>(type: "REAL", nullable: true),
                    FtaPreferenceClaimed = table.Column<bool>(type: "INTEGER", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelectivityRule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ShadowScore",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShadowVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActiveVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    ActiveScore = table.Column<double>(type: "REAL", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ActiveChannel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ScoredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShadowScore", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Suppliers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", nullable: true),
                    BankAccount = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suppliers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TariffCodes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", nullable: false),
                    DescriptionKo = table.Column<string>(type: "TEXT", nullable: false),
                    DutyRate = table.Column<double>(type: "REAL", nullable: false),
                    FtaDutyRate = table.Column<double>(type: "REAL", nullable: false),
                    GoodsCategory = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffCodes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "TipProjections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Officer = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    X = table.Column<int>(type: "INTEGER", nullable: false),
                    Y = table.Column<int>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    HighEnergyFile = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    LowEnergyFile = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    ProjectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Hit = table.Column<bool>(type: "INTEGER", nullable: true),
                    FalseAlarms = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondsToComplete = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipProjections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TipSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Share = table.Column<double>(type: "REAL", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TraderNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImporterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    EstimatedSaving = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraderNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditPlanCompanies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuditPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ImporterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpectedRevenue = table.Column<double>(type: "REAL", nullable: false),
                    ReasonsJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AssessedRevenue = table.Column<double>(type: "REAL", nullable: true),
                    ResultNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResultBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResultAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditPlanCompanies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditPlanCompanies_AuditPlans_AuditPlanId",
                        column: x => x.AuditPlanId,
                        principalTable: "AuditPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GraphLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstSeen = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastSeen = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EvidenceCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GraphLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GraphLinks_GraphNodes_FromId",
                        column: x => x.FromId,
                        principalTable: "GraphNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GraphLinks_GraphNodes_ToId",
                        column: x => x.ToId,
                        principalTable: "GraphNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResolutionProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurvivorNodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    DuplicateNodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResolutionProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResolutionProposals_GraphNodes_DuplicateNodeId",
                        column: x => x.DuplicateNodeId,
                        principalTable: "GraphNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResolutionProposals_GraphNodes_SurvivorNodeId",
                        column: x => x.SurvivorNodeId,
                        principalTable: "GraphNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_InvestigationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "InvestigationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseLinks_InvestigationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "InvestigationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_InvestigationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "InvestigationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseObservables",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseObservables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseObservables_InvestigationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "InvestigationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Assignee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    DoneBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DoneUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTasks_InvestigationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "InvestigationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Parcels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonalCustomsCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecipientPhone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecipientAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    OriginCountryCode = table.Column<string>(type: "TEXT", nullable: false),
                    GoodsDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclaredValueUsd = table.Column<double>(type: "REAL", nullable: false),
                    HsCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    ValueInCurrency = table.Column<double>(type: "REAL", nullable: true),
                    WeightKg = table.Column<double>(type: "REAL", nullable: true),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ArrivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ImportBatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    RiskScore = table.Column<double>(type: "REAL", nullable: true),
                    RiskModelVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RiskTopContributions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DeskVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parcels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Parcels_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboxDelivery",
                columns: table => new
                {
                    MessageId = table.Column<long>(type: "INTEGER", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", nullable: false),
                    DeliveredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxDelivery", x => new { x.MessageId, x.Consumer });
                    table.ForeignKey(
                        name: "FK_OutboxDelivery_OutboxMessage_MessageId",
                        column: x => x.MessageId,
                        principalTable: "OutboxMessage",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BillsOfLading",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    ConveyanceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LoadingPortId = table.Column<int>(type: "INTEGER", nullable: false),
                    DischargePortId = table.Column<int>(type: "INTEGER", nullable: false),
                    ShippedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillsOfLading", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BillsOfLading_Conveyances_ConveyanceId",
                        column: x => x.ConveyanceId,
                        principalTable: "Conveyances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BillsOfLading_Ports_DischargePortId",
                        column: x => x.DischargePortId,
                        principalTable: "Ports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BillsOfLading_Ports_LoadingPortId",
                        column: x => x.LoadingPortId,
                        principalTable: "Ports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcedureChunk",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Heading = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Vector = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureChunk", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcedureChunk_ProcedureDocument_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ProcedureDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegisteredAddresses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegisteredCodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisteredAddresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisteredAddresses_RegisteredCodes_RegisteredCodeId",
                        column: x => x.RegisteredCodeId,
                        principalTable: "RegisteredCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanAnnotations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FindingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Class = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    X = table.Column<int>(type: "INTEGER", nullable: false),
                    Y = table.Column<int>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Officer = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanAnnotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanAnnotations_Scans_ScanId",
                        column: x => x.ScanId,
                        principalTable: "Scans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false),
                    X = table.Column<int>(type: "INTEGER", nullable: false),
                    Y = table.Column<int>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    VerdictBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    VerdictAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DismissReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanFindings_Scans_ScanId",
                        column: x => x.ScanId,
                        principalTable: "Scans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GraphLinkEvidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LinkId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GraphLinkEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GraphLinkEvidence_GraphLinks_LinkId",
                        column: x => x.LinkId,
                        principalTable: "GraphLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParcelDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParcelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OutcomeBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OutcomeAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    RiskScoreAtDecision = table.Column<double>(type: "REAL", nullable: true),
                    RiskModelVersionAtDecision = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParcelDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParcelDecisions_Parcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "Parcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParcelFlags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParcelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EvidenceEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EvidenceKo = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RelatedTrackingNumbers = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    RaisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParcelFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParcelFlags_Parcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "Parcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParcelHolds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParcelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HeldBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HeldAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParcelHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParcelHolds_Parcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "Parcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Containers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    SizeType = table.Column<string>(type: "TEXT", nullable: false),
                    BillOfLadingId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Containers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Containers_BillsOfLading_BillOfLadingId",
                        column: x => x.BillOfLadingId,
                        principalTable: "BillsOfLading",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Declarations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ImporterId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: true),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    BillOfLadingId = table.Column<int>(type: "INTEGER", nullable: true),
                    TransportMode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OriginCountryCode = table.Column<string>(type: "TEXT", nullable: false),
                    MainTariffCode = table.Column<string>(type: "TEXT", nullable: false),
                    FtaPreferenceClaimed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TotalFob = table.Column<double>(type: "REAL", nullable: false),
                    TotalCif = table.Column<double>(type: "REAL", nullable: false),
                    TotalTaxes = table.Column<double>(type: "REAL", nullable: false),
                    TotalGrossWeightKg = table.Column<double>(type: "REAL", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ImportBatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    Inspected = table.Column<bool>(type: "INTEGER", nullable: false),
                    Illicit = table.Column<bool>(type: "INTEGER", nullable: true),
                    AdditionalRevenue = table.Column<double>(type: "REAL", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declarations_BillsOfLading_BillOfLadingId",
                        column: x => x.BillOfLadingId,
                        principalTable: "BillsOfLading",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Declarations_Declarants_DeclarantId",
                        column: x => x.DeclarantId,
                        principalTable: "Declarants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_Importers_ImporterId",
                        column: x => x.ImporterId,
                        principalTable: "Importers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "DeclarationItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    TariffCode = table.Column<string>(type: "TEXT", nullable: false),
                    GoodsDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OriginCountryCode = table.Column<string>(type: "TEXT", nullable: false),
                    Quantity = table.Column<double>(type: "REAL", nullable: false),
                    QuantityUnit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    GrossWeightKg = table.Column<double>(type: "REAL", nullable: false),
                    FobValue = table.Column<double>(type: "REAL", nullable: false),
                    CifValue = table.Column<double>(type: "REAL", nullable: false),
                    DutyRate = table.Column<double>(type: "REAL", nullable: false),
                    DutyAmount = table.Column<double>(type: "REAL", nullable: false),
                    VatAmount = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationItems_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Seizures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: true),
                    ParcelId = table.Column<int>(type: "INTEGER", nullable: true),
                    ImporterId = table.Column<int>(type: "INTEGER", nullable: true),
                    GoodsCategory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", nullable: false),
                    QuantityUnit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ConcealmentMethod = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ConcealmentNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    FoundIn = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    FoundInNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    EstimatedValue = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Seizures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Seizures_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Seizures_Importers_ImporterId",
                        column: x => x.ImporterId,
                        principalTable: "Importers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Seizures_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Seizures_Parcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "Parcels",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssistantMessage_UserName_Conversation_Id",
                table: "AssistantMessage",
                columns: new[] { "UserName", "Conversation", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AssistantProposal_UserName",
                table: "AssistantProposal",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Actor",
                table: "AuditEntries",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TimestampUtc",
                table: "AuditEntries",
                column: "TimestampUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditPlanCompanies_AuditPlanId_ImporterId",
                table: "AuditPlanCompanies",
                columns: new[] { "AuditPlanId", "ImporterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditPlanCompanies_ImporterId",
                table: "AuditPlanCompanies",
                column: "ImporterId");

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobs_FinishedAtUtc",
                table: "BackgroundJobs",
                column: "FinishedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobs_Status_QueuedAtUtc",
                table: "BackgroundJobs",
                columns: new[] { "Status", "QueuedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BillsOfLading_ConveyanceId",
                table: "BillsOfLading",
                column: "ConveyanceId");

            migrationBuilder.CreateIndex(
                name: "IX_BillsOfLading_DischargePortId",
                table: "BillsOfLading",
                column: "DischargePortId");

            migrationBuilder.CreateIndex(
                name: "IX_BillsOfLading_LoadingPortId",
                table: "BillsOfLading",
                column: "LoadingPortId");

            migrationBuilder.CreateIndex(
                name: "IX_BillsOfLading_Number",
                table: "BillsOfLading",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId_AtUtc",
                table: "CaseEvents",
                columns: new[] { "CaseId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_CaseId_Type_RecordId",
                table: "CaseLinks",
                columns: new[] { "CaseId", "Type", "RecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_Type_RecordId",
                table: "CaseLinks",
                columns: new[] { "Type", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_CaseId_CreatedUtc",
                table: "CaseNotes",
                columns: new[] { "CaseId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseObservables_CaseId_Type_Value",
                table: "CaseObservables",
                columns: new[] { "CaseId", "Type", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseObservables_Type_Value",
                table: "CaseObservables",
                columns: new[] { "Type", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_Assignee_Done",
                table: "CaseTasks",
                columns: new[] { "Assignee", "Done" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_CaseId_CreatedUtc",
                table: "CaseTasks",
                columns: new[] { "CaseId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ClassificationDecisions_DecidedAtUtc",
                table: "ClassificationDecisions",
                column: "DecidedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ClassificationDecisions_RequestId",
                table: "ClassificationDecisions",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Containers_BillOfLadingId",
                table: "Containers",
                column: "BillOfLadingId");

            migrationBuilder.CreateIndex(
                name: "IX_Containers_Number",
                table: "Containers",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_Conveyances_Identifier",
                table: "Conveyances",
                column: "Identifier");

            migrationBuilder.CreateIndex(
                name: "IX_Declarants_Code",
                table: "Declarants",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationHolds_DeclarationId_SourceReference",
                table: "DeclarationHolds",
                columns: new[] { "DeclarationId", "SourceReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationItems_DeclarationId_LineNumber",
                table: "DeclarationItems",
                columns: new[] { "DeclarationId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationItems_TariffCode",
                table: "DeclarationItems",
                column: "TariffCode");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationNote_DeclarationId",
                table: "DeclarationNote",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_BillOfLadingId",
                table: "Declarations",
                column: "BillOfLadingId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_Date",
                table: "Declarations",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_DeclarantId_Date",
                table: "Declarations",
                columns: new[] { "DeclarantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_ImporterId_Date",
                table: "Declarations",
                columns: new[] { "ImporterId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_MainTariffCode_OriginCountryCode",
                table: "Declarations",
                columns: new[] { "MainTariffCode", "OriginCountryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_Number",
                table: "Declarations",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_OfficeId_Date",
                table: "Declarations",
                columns: new[] { "OfficeId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_SupplierId",
                table: "Declarations",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationTriage_ClaimedBy_Status",
                table: "DeclarationTriage",
                columns: new[] { "ClaimedBy", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationTriage_Date_Score",
                table: "DeclarationTriage",
                columns: new[] { "Date", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationTriage_ImporterId_Score",
                table: "DeclarationTriage",
                columns: new[] { "ImporterId", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationTriage_MainTariffCode_Score",
                table: "DeclarationTriage",
                columns: new[] { "MainTariffCode", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationTriage_OfficeId_Date_Status",
                table: "DeclarationTriage",
                columns: new[] { "OfficeId", "Date", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationTriage_OfficeId_Status_Score",
                table: "DeclarationTriage",
                columns: new[] { "OfficeId", "Status", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationTriage_OutcomeAppliedAtUtc_UndoableUntilUtc",
                table: "DeclarationTriage",
                columns: new[] { "OutcomeAppliedAtUtc", "UndoableUntilUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationTriage_RecommendedChannel_Status_Score",
                table: "DeclarationTriage",
                columns: new[] { "RecommendedChannel", "Status", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationTriage_Review",
                table: "DeclarationTriage",
                column: "Review");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationTriage_Score",
                table: "DeclarationTriage",
                column: "Score");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationTriage_Status_Score",
                table: "DeclarationTriage",
                columns: new[] { "Status", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_DemoGroundTruth_EntityType_EntityId",
                table: "DemoGroundTruth",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierAccess_DeclarationId_UserName_OpenedAtUtc",
                table: "DossierAccess",
                columns: new[] { "DeclarationId", "UserName", "OpenedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierAccess_OpenedAtUtc",
                table: "DossierAccess",
                column: "OpenedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeRates_Currency_EffectiveFrom",
                table: "ExchangeRates",
                columns: new[] { "Currency", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GraphLinkEvidence_LinkId_RecordType_RecordId",
                table: "GraphLinkEvidence",
                columns: new[] { "LinkId", "RecordType", "RecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GraphLinkEvidence_RecordType_RecordId",
                table: "GraphLinkEvidence",
                columns: new[] { "RecordType", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_GraphLinks_FromId_ToId_Kind",
                table: "GraphLinks",
                columns: new[] { "FromId", "ToId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GraphLinks_ToId",
                table: "GraphLinks",
                column: "ToId");

            migrationBuilder.CreateIndex(
                name: "IX_GraphNodes_Kind_Key",
                table: "GraphNodes",
                columns: new[] { "Kind", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GraphNodes_Kind_SourceId",
                table: "GraphNodes",
                columns: new[] { "Kind", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_GraphNodes_Label",
                table: "GraphNodes",
                column: "Label");

            migrationBuilder.CreateIndex(
                name: "IX_GraphNodes_MergedIntoId",
                table: "GraphNodes",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_ContentHash",
                table: "ImportBatches",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Importers_Code",
                table: "Importers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Importers_Name",
                table: "Importers",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_IntelligenceGroundTruth_Kind_EntityType_EntityId",
                table: "IntelligenceGroundTruth",
                columns: new[] { "Kind", "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationCases_Owner_UpdatedUtc",
                table: "InvestigationCases",
                columns: new[] { "Owner", "UpdatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationCases_Shared",
                table: "InvestigationCases",
                column: "Shared");

            migrationBuilder.CreateIndex(
                name: "IX_MisuseReports_ReceivedAtUtc",
                table: "MisuseReports",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_MisuseReports_ReportedCode",
                table: "MisuseReports",
                column: "ReportedCode");

            migrationBuilder.CreateIndex(
                name: "IX_MisuseReports_SubmissionId",
                table: "MisuseReports",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MisuseReports_TrackingNumber",
                table: "MisuseReports",
                column: "TrackingNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ModelVersion_ModelName_Status",
                table: "ModelVersion",
                columns: new[] { "ModelName", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ModelVersion_ModelName_Version",
                table: "ModelVersion",
                columns: new[] { "ModelName", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Offices_Code",
                table: "Offices",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessage_CompletedAtUtc_NextAttemptAtUtc",
                table: "OutboxMessage",
                columns: new[] { "CompletedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcelDecisions_DecidedAtUtc",
                table: "ParcelDecisions",
                column: "DecidedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelDecisions_Outcome",
                table: "ParcelDecisions",
                column: "Outcome");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelDecisions_ParcelId",
                table: "ParcelDecisions",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelFlags_Code_ParcelId",
                table: "ParcelFlags",
                columns: new[] { "Code", "ParcelId" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcelFlags_ParcelId",
                table: "ParcelFlags",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelHolds_ParcelId_SourceReference",
                table: "ParcelHolds",
                columns: new[] { "ParcelId", "SourceReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_ArrivedOn",
                table: "Parcels",
                column: "ArrivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_OfficeId",
                table: "Parcels",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_PersonalCustomsCode",
                table: "Parcels",
                column: "PersonalCustomsCode");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_RiskScore",
                table: "Parcels",
                column: "RiskScore");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_SenderName",
                table: "Parcels",
                column: "SenderName");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_Status_ArrivedOn",
                table: "Parcels",
                columns: new[] { "Status", "ArrivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_TrackingNumber",
                table: "Parcels",
                column: "TrackingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ports_Code",
                table: "Ports",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureChunk_DocumentId",
                table: "ProcedureChunk",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureDocument_FileName",
                table: "ProcedureDocument",
                column: "FileName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisteredAddresses_RegisteredCodeId_Address",
                table: "RegisteredAddresses",
                columns: new[] { "RegisteredCodeId", "Address" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisteredCodes_PersonalCustomsCode",
                table: "RegisteredCodes",
                column: "PersonalCustomsCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResolutionProposals_DuplicateNodeId",
                table: "ResolutionProposals",
                column: "DuplicateNodeId");

            migrationBuilder.CreateIndex(
                name: "IX_ResolutionProposals_Status_Score",
                table: "ResolutionProposals",
                columns: new[] { "Status", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_ResolutionProposals_SurvivorNodeId_DuplicateNodeId",
                table: "ResolutionProposals",
                columns: new[] { "SurvivorNodeId", "DuplicateNodeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTimings_Officer",
                table: "ReviewTimings",
                column: "Officer");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTimings_ScanId_Officer",
                table: "ReviewTimings",
                columns: new[] { "ScanId", "Officer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessment_DeclarationId_IsCurrent",
                table: "RiskAssessment",
                columns: new[] { "DeclarationId", "IsCurrent" });

            migrationBuilder.CreateIndex(
                name: "IX_ScanAnnotations_ScanId_FindingId",
                table: "ScanAnnotations",
                columns: new[] { "ScanId", "FindingId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScanEscalations_AcknowledgedAtUtc",
                table: "ScanEscalations",
                column: "AcknowledgedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ScanEscalations_ScanId",
                table: "ScanEscalations",
                column: "ScanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScanFindings_ScanId",
                table: "ScanFindings",
                column: "ScanId");

            migrationBuilder.CreateIndex(
                name: "IX_Scans_ConsignmentKind_ConsignmentId",
                table: "Scans",
                columns: new[] { "ConsignmentKind", "ConsignmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Scans_Status_MaxConfidence",
                table: "Scans",
                columns: new[] { "Status", "MaxConfidence" });

            migrationBuilder.CreateIndex(
                name: "IX_SeizurePhotos_DeclarationId",
                table: "SeizurePhotos",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_SeizurePhotos_SeizureId",
                table: "SeizurePhotos",
                column: "SeizureId");

            migrationBuilder.CreateIndex(
                name: "IX_Seizures_CaseNumber",
                table: "Seizures",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Seizures_Date",
                table: "Seizures",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Seizures_DeclarationId",
                table: "Seizures",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_Seizures_ImporterId",
                table: "Seizures",
                column: "ImporterId");

            migrationBuilder.CreateIndex(
                name: "IX_Seizures_OfficeId",
                table: "Seizures",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_Seizures_ParcelId",
                table: "Seizures",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_SelectivityRule_IsLatest",
                table: "SelectivityRule",
                column: "IsLatest");

            migrationBuilder.CreateIndex(
                name: "IX_SelectivityRule_RuleKey_Version",
                table: "SelectivityRule",
                columns: new[] { "RuleKey", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShadowScore_ShadowVersion_DeclarationId",
                table: "ShadowScore",
                columns: new[] { "ShadowVersion", "DeclarationId" });

            migrationBuilder.CreateIndex(
                name: "IX_TipProjections_Officer",
                table: "TipProjections",
                column: "Officer");

            migrationBuilder.CreateIndex(
                name: "IX_TipProjections_ScanId_Officer",
                table: "TipProjections",
                columns: new[] { "ScanId", "Officer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TraderNotices_ImporterId",
                table: "TraderNotices",
                column: "ImporterId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AssistantMessage");

            migrationBuilder.DropTable(
                name: "AssistantProposal");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "AuditPlanCompanies");

            migrationBuilder.DropTable(
                name: "BackgroundJobs");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "CaseLinks");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "CaseObservables");

            migrationBuilder.DropTable(
                name: "CaseTasks");

            migrationBuilder.DropTable(
                name: "ClassificationDecisions");

            migrationBuilder.DropTable(
                name: "Containers");

            migrationBuilder.DropTable(
                name: "Countries");

            migrationBuilder.DropTable(
                name: "DeclarationHolds");

            migrationBuilder.DropTable(
                name: "DeclarationItems");

            migrationBuilder.DropTable(
                name: "DeclarationNote");

            migrationBuilder.DropTable(
                name: "DeclarationTriage");

            migrationBuilder.DropTable(
                name: "DemoGroundTruth");

            migrationBuilder.DropTable(
                name: "DossierAccess");

            migrationBuilder.DropTable(
                name: "ExchangeRates");

            migrationBuilder.DropTable(
                name: "GraphLinkEvidence");

            migrationBuilder.DropTable(
                name: "ImportBatches");

            migrationBuilder.DropTable(
                name: "IntelligenceGroundTruth");

            migrationBuilder.DropTable(
                name: "MisuseReports");

            migrationBuilder.DropTable(
                name: "ModelVersion");

            migrationBuilder.DropTable(
                name: "OfficeCapacity");

            migrationBuilder.DropTable(
                name: "OutboxDelivery");

            migrationBuilder.DropTable(
                name: "ParcelDecisions");

            migrationBuilder.DropTable(
                name: "ParcelFlags");

            migrationBuilder.DropTable(
                name: "ParcelHolds");

            migrationBuilder.DropTable(
                name: "ProcedureChunk");

            migrationBuilder.DropTable(
                name: "RegisteredAddresses");

            migrationBuilder.DropTable(
                name: "ResolutionProposals");

            migrationBuilder.DropTable(
                name: "ReviewTimings");

            migrationBuilder.DropTable(
                name: "RiskAssessment");

            migrationBuilder.DropTable(
                name: "ScanAnnotations");

            migrationBuilder.DropTable(
                name: "ScanEscalations");

            migrationBuilder.DropTable(
                name: "ScanFindings");

            migrationBuilder.DropTable(
                name: "SeizurePhotos");

            migrationBuilder.DropTable(
                name: "Seizures");

            migrationBuilder.DropTable(
                name: "SelectivityRule");

            migrationBuilder.DropTable(
                name: "ShadowScore");

            migrationBuilder.DropTable(
                name: "TariffCodes");

            migrationBuilder.DropTable(
                name: "TipProjections");

            migrationBuilder.DropTable(
                name: "TipSettings");

            migrationBuilder.DropTable(
                name: "TraderNotices");

            migrationBuilder.DropTable(
                name: "WorkLeases");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "AuditPlans");

            migrationBuilder.DropTable(
                name: "InvestigationCases");

            migrationBuilder.DropTable(
                name: "GraphLinks");

            migrationBuilder.DropTable(
                name: "OutboxMessage");

            migrationBuilder.DropTable(
                name: "ProcedureDocument");

            migrationBuilder.DropTable(
                name: "RegisteredCodes");

            migrationBuilder.DropTable(
                name: "Scans");

            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "Parcels");

            migrationBuilder.DropTable(
                name: "GraphNodes");

            migrationBuilder.DropTable(
                name: "BillsOfLading");

            migrationBuilder.DropTable(
                name: "Declarants");

            migrationBuilder.DropTable(
                name: "Importers");

            migrationBuilder.DropTable(
                name: "Suppliers");

            migrationBuilder.DropTable(
                name: "Offices");

            migrationBuilder.DropTable(
                name: "Conveyances");

            migrationBuilder.DropTable(
                name: "Ports");
        }
    }
}
