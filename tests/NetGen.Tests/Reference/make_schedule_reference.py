# The learning-rate sequences FitWorkflowTests embeds: torch 1.13, an SGD at lr 0.1, scheduler.step() once per epoch.
# Run with a Python that has torch: python3 make_schedule_reference.py
import torch
def run(make, n, metrics=None):
    p = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([p], lr=0.1)
    s = make(opt)
    out = []
    for e in range(n):
        out.append(opt.param_groups[0]['lr'])
        if metrics is None: s.step()
        else: s.step(metrics[e])
    return out
fmt = lambda xs: ", ".join(repr(float(x)) for x in xs)
print("step", fmt(run(lambda o: torch.optim.lr_scheduler.StepLR(o, 3, 0.5), 10)))
print("exp", fmt(run(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, 0.9), 10)))
print("cos", fmt(run(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, 4), 12)))
print("cos2", fmt(run(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, 5, eta_min=0.01), 14)))
m = [1.0, 0.9, 0.95, 0.95, 0.9, 0.91, 0.92, 0.93, 0.8, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.9]
print("plateau", fmt(run(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o, factor=0.5, patience=2), len(m), m)))
print("plateau2", fmt(run(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o, factor=0.5, patience=1, cooldown=2, min_lr=0.02), len(m), m)))
print("plateauthr", fmt(run(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o, factor=0.1, patience=0, threshold=0.1), 6, [1.0, 0.95, 0.85, 0.8, 0.5, 0.49])))
