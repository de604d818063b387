using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Tests.Platform;

public class KeyedLockTests
{
    [Fact]
    public async Task Different_keys_do_not_wait_for_each_other_the_same_key_does_and_released_keys_are_forgotten()
    {
        var locks = new KeyedLock<int>();
        var one = await locks.AcquireAsync(1);
        var two = await locks.AcquireAsync(2).WaitAsync(TimeSpan.FromSeconds(5));
        var oneAgain = locks.AcquireAsync(1);
        Assert.False(oneAgain.IsCompleted);

        one.Dispose();
        (await oneAgain.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        two.Dispose();

        Assert.Equal(0, locks.ActiveKeys);
    }
}
