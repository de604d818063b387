using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Records;

public sealed record PageRequest(int Page = 0, int PageSize = 25, string? SortBy = null, bool Descending = false)
{
    public const int MaxPageSize = 500;
}

public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount);

public static class PagingExtensions
{
    /// <summary>Orders a projection by one of its members, named by the grid; unknown names fall back to the default order.</summary>
    public static IQueryable<T> OrderByMember<T>(this IQueryable<T> query, string? member, bool descending, string defaultMember, bool defaultDescending)
    {
        var property = typeof(T).GetProperty(member ?? "") is { } p ? p : typeof(T).GetProperty(defaultMember)!;
        if (property.Name != member) descending = defaultDescending;
        var parameter = Expression.Parameter(typeof(T), "row");
        var body = Expression.Property(parameter, property);
        var lambda = Expression.Lambda(body, parameter);
        var method = descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy);
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), property.PropertyType], query.Expression, Expression.Quote(lambda));
        return query.Provider.CreateQuery<T>(call);
    }

    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest request, string defaultMember, bool defaultDescending, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(request.PageSize, 1, PageRequest.MaxPageSize);
        var items = await query.OrderByMember(request.SortBy, request.Descending, defaultMember, defaultDescending)
            .Skip(Math.Max(0, request.Page) * size).Take(size).ToListAsync(ct);
        return new Page<T>(items, total);
    }
}
