using System.Text.Json.Serialization;

namespace CustomsWorkbench.Features.Intelligence.Model;

// Enums travel as names in the API ("Phone", "InProgress"), in and out.

[JsonConverter(typeof(JsonStringEnumConverter<CaseStatus>))]
public enum CaseStatus { Open = 0, InProgress = 1, OnHold = 2, Closed = 3 }

[JsonConverter(typeof(JsonStringEnumConverter<CasePriority>))]
public enum CasePriority { Low = 0, Normal = 1, High = 2, Urgent = 3 }

/// <summary>The kinds of identifier an analyst records on a case; each has its own validation and normal form.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ObservableType>))]
public enum ObservableType { PersonalCustomsCode = 0, Phone = 1, BankAccount = 2, Email = 3, CompanyRegistration = 4, Container = 5 }

/// <summary>What a case links to: a declaration, a seizure, or an entity of the intelligence graph.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseLinkType>))]
public enum CaseLinkType { Declaration = 0, Seizure = 1, GraphEntity = 2 }

/// <summary>The events of a case's timeline; every change to a case file writes exactly one.</summary>
public enum CaseEventKind
{
    Opened = 0, NoteAdded = 1, TaskAdded = 2, TaskDone = 3, TaskReopened = 4, ObservableAdded = 5, RecordLinked = 6,
    StatusChanged = 7, PriorityChanged = 8,
}

/// <summary>An append-only note on a case: never edited, never deleted.</summary>
public class CaseNote
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public required string Text { get; set; }
    public required string Author { get; set; }
    public DateTime CreatedUtc { get; set; }
}

public class CaseTask
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public required string Title { get; set; }
    /// <summary>User name of an analyst or supervisor.</summary>
    public required string Assignee { get; set; }
    public DateOnly? DueDate { get; set; }
    public bool Done { get; set; }
    public string? DoneBy { get; set; }
    public DateTime? DoneUtc { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>An identifier seen in the investigation, stored in its normal form so the same one is never recorded twice.</summary>
public class CaseObservable
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public ObservableType Type { get; set; }
    public required string Value { get; set; }
    public required string AddedBy { get; set; }
    public DateTime AddedUtc { get; set; }
}

/// <summary>A declaration, seizure or graph entity the case refers to; <see cref="Reference"/> is the number people know it by.</summary>
public class CaseLink
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public CaseLinkType Type { get; set; }
    public int RecordId { get; set; }
    public required string Reference { get; set; }
    /// <summary>Graph entities: the node kind's name, so the page can say what the entity is.</summary>
    public string? Detail { get; set; }
    public required string AddedBy { get; set; }
    public DateTime AddedUtc { get; set; }
}

/// <summary>One line of the case timeline: who did what when. <see cref="Subject"/> is the value the event is about (a
/// note's start, a task title, an observable, a reference, a status name), shown translated where it is a name.</summary>
public class CaseEvent
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public CaseEventKind Kind { get; set; }
    public required string Actor { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Subject { get; set; }
    /// <summary>The type of observable or link, when the event is about one (enum name).</summary>
    public string? SubjectType { get; set; }
}
