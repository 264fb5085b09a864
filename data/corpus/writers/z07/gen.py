#!/usr/bin/env python3
"""z07 generator: long service-check calls (honest and deceptive) for all three operators plus 广电.

Deterministic (seed 7707). Writes calls.jsonl = hand.jsonl (rebuilt from hand_*.txt) + generated calls.
Python 3 standard library only.
"""
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 7707
N_GEN = 285
R = random.Random(SEED)

CC, FC, FR, CR, CB, PR, AB = ("cost_concealment", "fake_cancellation", "fake_reward", "code_request",
                              "consent_bypass", "pressure", "abuse")


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- numbers
CN_DIG = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 1000:
        h, rest = divmod(n, 100)
        s = CN_DIG[h] + "百"
        if rest == 0:
            return s
        if rest < 10:
            return s + "零" + CN_DIG[rest]
        t, u = divmod(rest, 10)
        return s + CN_DIG[t] + "十" + (CN_DIG[u] if u else "")
    th, rest = divmod(n, 1000)
    s = CN_DIG[th] + "千"
    if rest == 0:
        return s
    if rest < 100:
        return s + "零" + cn_num(rest)
    return s + cn_num(rest)


def num(n):
    return str(n) if chance(0.55) else cn_num(n)


def yuan(n):
    return pick(["{}元", "{}块", "{}块钱", "{}元"]).format(num(n))


def gb(n):
    return pick(["{}G", "{}个G", "{}G"]).format(num(n))


def code_read():
    d = [R.randrange(10) for _ in range(6)]
    style = R.randrange(4)
    if style == 0:
        return "".join(map(str, d))
    if style == 1:
        return "".join(CN_DIG[x] for x in d)
    if style == 2:
        return "、".join(CN_DIG[x] for x in d)
    return "".join(CN_DIG[x] for x in d[:3]) + "，" + "".join(CN_DIG[x] for x in d[3:])


def six():
    return pick(["六位数的", "6位数的", "六位", "6位", ""])


# ---------------------------------------------------------------- world
OPS = {
    "cmcc": dict(name="中国移动", short="移动", hot="10086", app="中国移动APP"),
    "unicom": dict(name="中国联通", short="联通", hot="10010", app="中国联通APP"),
    "telecom": dict(name="中国电信", short="电信", hot="10000", app="电信营业厅APP"),
    "cbn": dict(name="中国广电", short="广电", hot="10099", app="中国广电APP"),
}
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ["建国", "秀英", "丽华", "志强", "海燕", "文斌", "晓东", "桂芳", "伟", "静", "敏", "磊", "洋", "婷婷", "俊杰",
         "春梅", "玉兰", "国平", "明", "红霞", "立新", "晓燕", "振华", "淑珍", "凯", "思琪", "宇航", "佳怡", "德胜", "美玲",
         "子涵", "浩然", "亚军", "小红", "永刚", "慧", "雪梅", "志勇", "金凤", "卫东"]
PLACES = ["家里", "卧室", "地下车库", "电梯里", "单位", "老家", "地铁上", "小区里"]
AREAS = ["城东区", "高新区", "开发区", "老城区", "江北新区", "南湖片区", "西山片区"]


class Ctx:
    def __init__(self, op):
        self.opk = op
        self.op = OPS[op]
        self.sur = pick(SURNAMES)
        self.given = pick(GIVEN)
        female = self.given in ("秀英", "丽华", "海燕", "桂芳", "静", "敏", "婷婷", "春梅", "玉兰", "红霞", "晓燕",
                                "淑珍", "思琪", "佳怡", "美玲", "小红", "慧", "雪梅", "金凤")
        self.old = chance(0.15)
        if self.old:
            self.title = "阿姨" if female else "大爷"
        else:
            self.title = "女士" if female else "先生"
        self.tail = "%04d" % R.randrange(10000)
        self.id4 = "%04d" % R.randrange(10000)
        self.years = R.randint(2, 15)
        self.price = pick([19, 29, 38, 39, 49, 58, 59, 68, 79, 88, 99, 128, 129, 158])
        self.n = self.sur + self.title

    @property
    def full(self):
        return self.sur + self.given


# ---------------------------------------------------------------- builders
class Call:
    def __init__(self):
        self.turns = []

    def a(self, text, *labels):
        self.turns.append(["agent", text, sorted(set(labels))])

    def c(self, text):
        self.turns.append(["customer", text, []])

    def u(self, text, *labels):
        self.turns.append(["unknown", text, sorted(set(labels))])


def opening(call, x, purpose):
    op = x.op
    style = R.randrange(5)
    if style == 0:
        call.a(pick(["您好，请问是尾号{t}的机主{n}吗？", "喂，您好，是尾号{t}的机主吗？", "您好，请问您是{t}结尾这个号码的机主吗？"]).format(t=x.tail, n=x.n))
        call.c(pick(["是我。", "对，哪位？", "嗯，是，你哪里？", "是，有什么事？", "对的。"]))
        call.a(pick(["{n}您好，我这边是{name}客服，今天给您做一个{p}，耽误您{m}分钟可以吗？",
                     "您好{n}，我是{name}的客服人员，工号{w}，来电给您做个{p}。",
                     "{n}您好，这里是{name}{hot}，给您做一下{p}，方便吗？"]).format(
            n=x.n, name=op["name"], p=purpose, m=pick(["两", "一两", "2", "三", "几"]), w=R.randint(1000, 99999), hot=op["hot"]))
        call.c(pick(["行，你说。", "方便，你说吧。", "嗯，说吧。", "可以。", "快点说吧，我在忙。"]))
    elif style == 1:
        call.a(pick(["您好，这里是{name}客服，请问是{n}吗？", "喂，您好，{name}客服，请问是机主{n}吗？",
                     "您好，我是{name}{hot}客服，请问是{n}本人吗？"]).format(name=op["name"], n=x.n, hot=op["hot"]))
        call.c(pick(["是我。", "对。", "是的，什么事？", "嗯。", "是，怎么了？"]))
        call.a(pick(["{n}您好，今天来电是做一个{p}。", "打扰您了，我们在做{p}，几个问题很快。", "您好，给您做个{p}，不会占用您太久。"]).format(n=x.n, p=purpose))
        call.c(pick(["好。", "你说。", "嗯，好的。", "行。"]))
    elif style == 2:
        call.a(pick(["喂，您好，{name}的，{p}，请问您是机主本人吗？", "您好，{short}客服，做{p}，请问是机主吗？"]).format(
            name=op["name"], short=op["short"], p=purpose))
        call.c(pick(["是我。", "对，我是机主。", "是，你说。"]))
    elif style == 3:
        call.a(pick(["喂？喂，您好，听得到吗？这里是{name}客服。", "您好，听得清吗？我是{name}客服中心的。"]).format(name=op["name"]))
        call.c(pick(["听得到，你说。", "喂？听到了。", "嗯，听到了，什么事？"]))
        call.a(pick(["请问是机主{n}吗？我们在做{p}。", "是{n}吧？给您做个{p}。"]).format(n=x.n, p=purpose))
        call.c(pick(["对，是我。", "是。", "嗯，是我。"]))
    else:
        call.a(pick(["您好，请问是{full}{t2}吗？", "您好，是{full}吗？"]).format(full=x.full, t2=x.title))
        call.c(pick(["是我，你是？", "对，哪里？", "是，你谁啊？"]))
        call.a(pick(["您好，我是{name}客服，给您做一下{p}。", "我这边是{name}{hot}的，{p}，耽误您一会儿。"]).format(
            name=op["name"], hot=op["hot"], p=purpose))
        call.c(pick(["好的。", "嗯。", "你说吧。"]))


def identity_check(call, x, k):
    items = [
        (lambda: call.a(pick(["先跟您核对一下，机主登记姓名是{f}，对吗？", "核对一下机主姓名，是{f}吧？", "麻烦您确认一下，机主是{f}本人对吧？"]).format(f=x.full)),
         lambda: call.c(pick(["对。", "对的。", "没错。", "是我。"]))),
        (lambda: call.a(pick(["为了确认是本人，麻烦说一下身份证后四位？", "您的证件号后四位是多少？我核对一下。"])),
         lambda: call.c(pick(["{}。", "后四位{}。", "是{}。"]).format(x.id4))),
        (lambda: call.a(pick(["您这个号码是{y}年前开的户，对吧？", "您在网有{y}年了，对吗？"]).format(y=num(x.years))),
         lambda: call.c(pick(["差不多吧。", "对，好多年了。", "应该是。", "好像是。"]))),
        (lambda: call.a(pick(["这个号码现在是您本人在用吗？", "号码有没有借给别人用？", "这张卡是您自己用吧？"])),
         lambda: call.c(pick(["是我自己用。", "我自己用的。", "对，自己用。"]))),
        (lambda: call.a(pick(["您证件登记的地址是在{a}吧？", "您的装机地址是{a}那边对吗？"]).format(a=pick(AREAS))),
         lambda: call.c(pick(["对。", "对，是那边。", "嗯，没错。"]))),
    ]
    R.shuffle(items)
    for qa in items[:k]:
        qa[0]()
        qa[1]()


def usage_check(call, x, k):
    pl = pick(PLACES)
    items = [
        [("a", pick(["最近通话质量怎么样，信号有没有问题？", "{p}信号怎么样？", "平时信号稳定吗？有没有断断续续的？"]).format(p=pl)),
         ("c", pick(["还行吧。", "{p}有点差。".format(p=pl), "挺好的。", "偶尔断一下。"])),
         ("a", pick(["好的，我给您记录一下，会反馈给网络部门。", "好的，已经登记了。", "明白，这个我们反馈一下。"]))],
        pick([[("a", "每个月流量够用吗？"), ("c", pick(["不太够，经常超。", "够用。", "用不完。", "刷视频多，老是不够。"]))],
              [("a", "您平时流量用得多吗？"), ("c", pick(["挺多的。", "不多，主要连WiFi。", "一般吧。"]))],
              [("a", "上网多还是打电话多？"), ("c", pick(["上网多一点。", "打电话多。", "差不多。"]))]]),
        [("a", pick(["最近几个月话费大概都是{v}左右吧？", "您现在是{v}的套餐，对吗？"]).format(v=yuan(x.price))),
         ("c", pick(["差不多。", "对。", "嗯，对的。", "好像是。"]))],
        [("a", pick(["最近有没有遇到扣费不清楚的情况？", "账单上有没有看不懂的项目？"])),
         ("c", pick(["没有吧。", "好像没有。", "没注意。", "没有。"]))],
        pick([[("a", "家里宽带用得怎么样？晚上卡不卡？"), ("c", pick(["晚上有点卡。", "还行。", "不卡。"]))],
              [("a", "家里有装宽带吗？"), ("c", pick(["装了，用着还可以。", "没装，用流量。", "装了别家的。"]))]]),
        [("a", pick(["您平时主要用手机做什么？看视频多吗？", "平时主要打电话还是刷视频？"])),
         ("c", pick(["看看新闻，刷刷视频。", "主要打电话。", "刷视频多。", "就微信聊天。"]))],
        [("a", pick(["营业厅那边服务您满意吗？", "上次去营业厅办业务顺利吗？"])),
         ("c", pick(["还可以。", "排队有点久。", "挺顺利的。"]))],
    ]
    R.shuffle(items)
    for it in items[:k]:
        for who, t in it:
            (call.a if who == "a" else call.c)(t)


def check_block(call, x, size):
    """size 0..3 — how long the genuine-sounding first half is."""
    if size == 0:
        return
    identity_check(call, x, {1: 1, 2: R.randint(1, 2), 3: R.randint(2, 3)}[size])
    usage_check(call, x, {1: R.randint(0, 1), 2: R.randint(1, 2), 3: R.randint(2, 4)}[size])


def goodbye(call, kind="agent"):
    if kind == "agent":
        call.a(pick(["好的，不打扰您了，再见。", "感谢您的配合，再见。", "祝您生活愉快，再见。", "好的，再见。"]))
    else:
        call.c(pick(["好，再见。", "嗯，拜拜。", "行，谢谢。", "好的。"]))


# ---------------------------------------------------------------- deceptive modules
MEMBERS = ["视频会员", "爱奇艺会员", "腾讯视频会员", "音乐会员", "云盘会员", "视频彩铃包", "游戏加速会员", "阅读会员",
           "碎屏保障服务", "影视VIP", "来电管家", "流量加油包"]
PRIZES = ["一台5G手机", "一台平板", "一个蓝牙音箱", "一百元话费", "一台智能手表", "一年免费宽带"]


def refuse_tail(call, x, allow_ab=True, p_ab=0.45, p_pr=0.75):
    """customer refused; agent may push (pressure) and/or scold (abuse)."""
    used = False
    if chance(p_pr):
        call.a(pick(["您再考虑一下嘛，这个名额今天就截止了。", "您别急着拒绝，过了今天就没有了。", "很多用户都办了，就您不办，以后可别后悔。",
                     "这个活动只有今天，错过了就真没了，您确定不要？", "我跟领导特意申请的名额，您这样我很难做啊。",
                     "您先听我说完，真的很划算的，就今天。"]), PR)
        call.c(pick(["不要，谢谢。", "我说了不需要。", "真不用。", "不需要，我挂了。", "都说了不要了。"]))
        used = True
    if allow_ab and chance(p_ab):
        call.a(pick(["你这人怎么回事，给你优惠都不要。", "真是的，好心当成驴肝肺。", "你是不是听不懂人话？", "不要就不要，浪费我时间。",
                     "这么大年纪了怎么这么犟。", "你这种人就是不识好歹。", "什么骗子，你有病吧。"]), AB)
        call.c(pick(["你怎么说话呢！", "你什么态度？我要投诉。", "懒得跟你说。", "……"]))
        used = True
    if not used:
        call.a(pick(["好吧，那打扰了。", "行，那您考虑考虑。", "那好吧，再见。"]))


def m_star_bump(call, x):
    g = R.choice([10, 15, 20, 30])
    call.a(pick(["是这样的，您是我们的{s}星级用户，公司这个月回馈老用户，每月给您增加{g}通用流量。",
                 "恭喜您，您被评为年度优质用户，可以每个月多领{g}流量和{m}分钟通话。",
                 "作为在网{y}年的老用户，您这次被选中了，公司给您升级会员权益，每月多送{g}。",
                 "您是我们系统评定的钻石用户，这个月专属福利，流量每月加{g}。"]).format(
        s=num(R.choice([4, 5, 6, 7])), g=gb(g), m=num(R.choice([100, 200, 300])), y=num(x.years)), FR)
    call.c(pick(["要钱吗？", "收费吗？", "免费的？", "有什么条件？", "那我要做什么？"]))
    call.a(pick(["不要钱的，您原来的套餐资费不变。", "资费不变的，就是流量多了。", "不会多扣您一分钱，放心。",
                 "这是回馈，账单上看不出变化的。", "费用方面不会有什么变化，您放心。"]), CC)
    br = R.randrange(3)
    if br == 0:
        call.c(pick(["哦……", "嗯……那行吧。", "那……", "这样啊。"]))
        call.a(pick(["好的，那我这边直接帮您办理了，下个月一号生效。", "好的，已经给您确认了，稍后有短信通知。", "那我就帮您提交了，您留意短信。"]), CB)
        if chance(0.7):
            call.c(pick(["等等，我还没说要啊。", "你先把短信发给我看看。", "我没同意啊！", "哎，我只是嗯了一下。"]))
            call.a(pick(["已经提交了，取消不了的，您放心用。", "系统已经生效了，对您有好处的。", "办好了，有问题您再打{}。".format(x.op["hot"])]), CB)
    elif br == 1:
        call.c(pick(["那下个月账单是多少？你说个准数。", "套餐名字会不会变？月费多少？", "真的一分钱不多？"]))
        call.a(pick(["跟现在差不多，您就放心吧。", "这个您不用操心，反正不会让您吃亏。", "就是个小调整，基本没影响。"]), CC)
        call.c(pick(["说不清楚就不要了。", "那我不要了。", "算了，不需要。"]))
        refuse_tail(call, x)
    else:
        call.c(pick(["那好吧，办吧。", "行，那你办吧。", "好，既然不要钱。"]))
        call.a(pick(["好的，已经给您提交了，下个月生效。", "好的，稍后短信通知您，祝您生活愉快。"]))


def m_fake_member(call, x):
    mem = pick(MEMBERS)
    fee = R.choice([15, 18, 19, 20, 25, 29, 30, 38])
    call.a(pick(["另外系统显示，您之前赠送的{m}下个月开始扣费了，每月{f}，需要帮您取消吗？",
                 "不过这边看到，您开卡时默认开了一个{m}，免费期本月底结束，之后每月{f}。",
                 "系统提示您号码上有个{m}，试用到期了，明天起自动续费，每个月{f}。",
                 "您去年办套餐时送了一个{m}，赠送期到了，下月开始每月扣{f}。"]).format(m=mem, f=yuan(fee)), FC)
    call.c(pick(["我没开过啊。", "什么会员？不知道啊。", "那赶紧给我取消。", "我从来没用过这个。", "有这个？我不记得。"]))
    if chance(0.6):
        call.a(pick(["很多用户都不知道，是当时默认帮您开的，我现在帮您取消。", "可能是您不小心点到的，不要的话我帮您退掉。",
                     "对，好多人都没注意，不取消会一直扣。"]), FC)
        call.c(pick(["那取消吧。", "好，取消。", "你帮我退了吧。"]))
    call.a(pick(["取消需要验证机主，{h}会给您发一个{s}验证码，您念给我就行。", "好的，您手机马上收到一条短信，把里面的验证码报给我，我这边输入就取消了。",
                 "稍后有个验证码发到您手机，您告诉我一下，我帮您提交退订。"]).format(h=x.op["hot"], s=six()), CR)
    br = R.randrange(3)
    if br == 0:
        call.c(pick(["收到了，是{}。", "嗯，{}。", "我看看……{}。"]).format(code_read()))
        if chance(0.5):
            call.a(pick(["好的，已经取消了。另外顺便给您把流量包优化了一下，您不用管。", "好的，取消成功。我这边顺便给您换了个更划算的套餐，已经生效了。",
                         "好了，已经处理了，另外帮您开了一个保障服务，首月免费。"]), CB)
            call.c(pick(["什么？我没让你换。", "啊？我没说要开别的。", "你等一下……"]))
            call.a(pick(["对您有好处的，放心吧，再见。", "已经提交了，再见。"]), CB)
        else:
            call.a(pick(["好的，已经帮您取消了，下个月不会扣了。", "好了，退订成功，您放心。"]))
            goodbye(call, "customer")
    else:
        call.c(pick(["等一下，短信上写着不要告诉别人啊。", "为什么要我念给你？", "短信上说的是“订购”，不是取消啊。", "验证码不是不能给别人吗？"]))
        call.a(pick(["那是系统统一模板，我们是官方客服没关系的，您念一下，不然取消不了。", "这是退订流程，您不念的话明天就扣钱了，扣了退不回来。",
                     "给客服没事的，您快点，验证码五分钟就过期了。"]), CR, PR)
        call.c(pick(["我还是自己去营业厅问吧。", "我不念，我自己打{}。".format(x.op["hot"]), "算了，扣就扣吧。", "你们是骗子吧。"]))
        if chance(0.55):
            call.a(pick(["那随便您，扣了费可别来找我们。", "行，到时候扣钱了您自己承担。"]), PR)
        if chance(0.45):
            call.a(pick(["你这人真麻烦，不懂就别瞎指挥。", "什么骗子，我好心帮你，你脑子怎么想的。", "多此一举，真是笨。"]), AB)


def m_lucky_draw(call, x):
    pz = pick(PRIZES)
    call.a(pick(["恭喜您，在我们{s}用户回馈活动中，您被系统抽中了，奖品是{p}。", "您的号码在周年庆抽奖中中了二等奖，{p}。",
                 "您运气很好，老用户抽奖抽中了{p}，今天给您登记。"]).format(s=x.op["short"], p=pz), FR)
    call.c(pick(["真的假的？", "我没参加抽奖啊。", "还有这种好事？", "哦？"]))
    if chance(0.5):
        call.a(pick(["奖品免费，只需要您承担{f}的快递和激活费。", "完全免费的，就是一点手续费，{f}，到货付款。"]).format(f=yuan(R.choice([98, 128, 198, 299]))), CC)
        call.c(pick(["还要钱啊？", "激活费是什么？", "那不就是花钱买吗？"]))
    call.a(pick(["为了确认领奖人，您手机会收到一个验证码，您念一下，我给您登记。", "领奖需要验证，把刚收到的{s}验证码告诉我就行。"]).format(s=six()), CR)
    call.c(pick(["我不要了。", "哪有抽奖还要验证码的。", "算了吧。", "不要了，谢谢。"]))
    refuse_tail(call, x, p_ab=0.3)


def m_forced_switch(call, x):
    call.a(pick(["是这样，您这个老套餐本月底全面下架，必须今天更换新套餐，否则下个月号码会限制使用。",
                 "我们这个月要关闭老网络，您这个套餐必须今天转成5G套餐，不转的话下周起打不了电话。",
                 "您的老卡不支持新网络，月底前必须升级，不然无法通话。"]), PR)
    call.c(pick(["怎么没收到通知？", "这么突然？", "那新套餐多少钱？", "真的假的？"]))
    call.a(pick(["新套餐很划算，您基本不会多花钱。", "跟您现在差不多，流量还多很多。", "费用您不用担心，系统会自动匹配。"]), CC)
    call.c(pick(["具体多少钱？我现在一个月才{}。".format(yuan(x.price)), "你说个准数。", "那我自己去营业厅问清楚。"]))
    call.a(pick(["这个不重要，先把号码保住最要紧，过了今天就来不及了。", "营业厅排队要好几天，到时候您都停机了。", "您先办上，具体金额短信会告诉您的。"]), PR)
    call.c(pick(["不用了，我去营业厅。", "我不换。", "我自己打{}问。".format(x.op["hot"])]))
    if chance(0.5):
        call.a(pick(["到时候停机了可别怪我们没提醒。", "那后果您自己承担。"]), PR)
    if chance(0.25):
        call.a(pick(["真是说不通，你爱换不换。", "跟你说半天白说了。"]), AB)


def m_silent_consent(call, x):
    item, fee = pick([("5G提速包", 10), ("夜间流量包", 9), ("视频彩铃", 5), ("来电提醒", 3), ("20G流量包", 20), ("戏曲频道包", 15)])
    call.a(pick(["现在有个{i}，每月{f}，开通后挺实用的。", "给您推荐一个{i}，每个月加{f}。", "有个{i}，{f}一个月，很多用户都在用。"]).format(i=item, f=yuan(fee)))
    call.c(pick(["嗯……", "……", "我考虑一下。", "哦。", "这个……"]))
    call.a(pick(["好的，那我帮您登记开通了，今晚生效。", "没说话我就当您同意了，已经给您开上了。", "好的，我这边给您确认了。",
                 "那我先帮您开着，不用的话下个月再说。"]), CB)
    call.c(pick(["啊？我没说要开啊。", "我说考虑一下，不是要办！", "你怎么就开了？", "我刚才在想呢，谁让你开的？"]))
    br = R.randrange(3)
    if br == 0:
        call.a(pick(["您刚才同意了的呀，已经提交了，先用着试试。", "已经生效了，取消不了，这个月先用着。"]), CB, PR)
    elif br == 1:
        call.a(pick(["那您自己打{}取消吧，我这边没有权限。".format(x.op["hot"]), "已经办好了，您不想要自己去退。"]), CB)
    else:
        call.a(pick(["几块钱的事，您至于吗？", "这么点钱还计较，真是的。"]), AB)
    call.c(pick(["我要投诉你。", "给我取消掉！", "……你们太过分了。"]))


def m_realname_threat(call, x):
    call.a(pick(["系统显示您的实名信息没有二次认证，如果今天不完成，明天早上号码就会被停机。",
                 "我们接到投诉，说您的号码涉嫌发送诈骗短信，如果不处理今天下午就强制停机，还会影响个人征信。",
                 "您的实名等级过低，按新规定必须今天升级，否则号码会被限制呼出。",
                 "您的实名信息有一项过期了，两小时内不重新认证就暂停服务。"]), PR)
    call.c(pick(["啊？我没收到通知啊。", "我什么都没干啊！", "那怎么办？", "不可能吧？"]))
    call.a(pick(["我这边给您发一个认证码，您收到后把数字读给我，我帮您录入系统。", "您会收到一条验证码，念给我，我给您备注本人使用。",
                 "很简单，把刚收到的{s}验证码报给我就行。"]).format(s=six()), CR)
    if chance(0.6):
        call.c(pick(["短信上写着请勿泄露。", "我要先问问{}。".format(x.op["hot"]), "为什么要念给你？"]))
        call.a(pick(["给客服没事的，您快点，系统马上要关了。", "您不配合的话，后果自己承担。", "打过去也是排队，到时候已经停机了。"]), PR)
    call.c(pick(["我自己去营业厅。", "不行，我挂了。", "我报警问问。"]))
    if chance(0.3):
        call.a(pick(["报警也没用，你这人怎么这么轴。", "随便你，停了别哭。"]), AB)


def m_price_dodge(call, x):
    item = pick(["5G加速包", "云盘空间", "全屋WiFi", "千兆提速", "4K节目包", "副卡"])
    call.a(pick(["给您推荐一个{i}，开通后体验好很多，价格很实惠。", "您这种情况适合加个{i}，很划算的。"]).format(i=item))
    call.c(pick(["多少钱一个月？", "要多少钱？", "收费吗？"]))
    call.a(pick(["您先体验嘛，价格都是小钱。", "不贵的，每天一瓶水的钱都用不了。", "这个具体看您的套餐，反正不会让您多花冤枉钱。",
                 "价格跟您现在差不多，您不用纠结。"]), CC)
    call.c(pick(["你就告诉我具体多少。", "小钱也是钱，说个数。", "说不清楚我不要。"]))
    br = R.randrange(3)
    if br == 0:
        call.a(pick(["问这么多干嘛，几块钱还这么计较。", "你是不是没用过啊，这都不懂。"]), AB)
        call.c(pick(["你什么态度，我不办了。", "不办了。"]))
    elif br == 1:
        call.a(pick(["我先帮您开着，费用到时候短信会写。", "我先给您预约上，具体的到时候再说，已经提交了。"]), CB)
        call.c(pick(["我没同意！", "别给我开！"]))
    else:
        call.a(pick(["这个……具体要看系统，我先给您登记吧。", "那您再考虑考虑。"]))
        call.c(pick(["不用了。", "算了。"]))


def m_gift_device(call, x):
    dev = pick(["一台新路由器", "4K机顶盒", "一张免费副卡", "智能音箱", "两个WiFi扩展器"])
    call.a(pick(["作为老用户，您被选中了，免费送您{d}。", "这次公司回馈，给您免费送{d}，名额很少。", "您是我们的优质用户，可以0元领{d}。"]).format(d=dev), FR)
    call.c(pick(["免费的？那要不要换套餐？", "真免费？后面收不收钱？", "有什么条件吗？"]))
    call.a(pick(["不用换套餐，稍微调整一下，基本一样的。", "设备不要钱，就是配套服务费很低，您感觉不到。", "完全免费，账单上不会多出什么。"]), CC)
    if chance(0.5):
        call.c(pick(["我先问问家里人。", "我考虑一下。", "嗯……"]))
        call.a(pick(["不用问了，我直接给您下单了，地址还是登记的那个。", "已经给您登记好了，明天就送到。"]), CB)
        call.c(pick(["我没说要！", "你等一下，谁让你下单的？"]))
        if chance(0.5):
            call.a(pick(["已经提交了，收到不用就放着，没事的。", "单子已经出了，您签收就行。"]), CB)
    else:
        call.c(pick(["我不需要，谢谢。", "不要了，家里够用。"]))
        refuse_tail(call, x)


def m_fake_refund_code(call, x):
    amt = R.choice([20, 30, 40, 50, 68])
    call.a(pick(["经核查，系统计费错误多收了您{a}，今天给您退回来。", "您上个月被重复扣了{a}，我们要给您退款。"]).format(a=yuan(amt)))
    call.c(pick(["那好啊。", "是吗？怎么退？", "我都没注意。"]))
    call.a(pick(["退款需要确认机主，您手机会收到一个验证码，读给我一下。", "退费要验证，把{h}发给您的{s}验证码告诉我。"]).format(h=x.op["hot"], s=six()), CR)
    call.c(pick(["退钱还要验证码？", "你直接退到话费里不就行了？", "短信写的是“订购”啊。"]))
    call.a(pick(["不读的话系统退不了，今天退费截止，过期作废。", "这是规定流程，您快点，不然就退不了了。"]), CR, PR)
    call.c(pick(["那不要了。", "我自己查一下再说。", "我不读。"]))
    if chance(0.35):
        call.a(pick(["给你退钱都不要，真是少见。", "你这人真奇怪。"]), AB)


SCAMS = [
    ("star_bump", m_star_bump, 16),
    ("fake_member_cancel", m_fake_member, 18),
    ("lucky_draw", m_lucky_draw, 8),
    ("forced_switch", m_forced_switch, 9),
    ("silent_consent", m_silent_consent, 11),
    ("realname_threat", m_realname_threat, 9),
    ("price_dodge", m_price_dodge, 10),
    ("gift_device", m_gift_device, 9),
    ("fake_refund_code", m_fake_refund_code, 6),
]
SCAM_PURPOSE = ["服务回访", "用户满意度回访", "账户信息核对", "网络质量回访", "套餐使用回访", "老用户关怀回访", "年度账户核对"]


# ---------------------------------------------------------------- honest modules
def h_satisfaction(call, x):
    for q in R.sample(["对网络信号满意吗？一到十分您打几分？", "营业厅服务您打几分？", "话费账单清楚吗？打几分？",
                       "装维师傅服务您满意吗？", "10086热线接通速度满意吗？", "您愿意向朋友推荐我们吗？零到十分。"], R.randint(2, 4)):
        call.a(q.replace("10086", x.op["hot"]))
        call.c(pick(["{}分吧。".format(num(R.randint(5, 10))), "还可以，{}分。".format(num(R.randint(6, 9))), "满意。", "一般般。", "挺好的。"]))
    if chance(0.5):
        call.a(pick(["扣分主要是哪方面，方便说一下吗？", "有什么需要改进的地方吗？"]))
        call.c(pick(["信号有时候不好。", "等人工太久。", "没什么，挺好的。"]))
        call.a(pick(["好的，已经记录，会反馈给相关部门。", "谢谢您的意见，我们会改进。"]))
    call.a(pick(["回访结束，这个电话不涉及任何业务办理。", "感谢您的参与，本次回访不办理任何业务、不产生费用。", "好的，谢谢您的反馈。"]))
    goodbye(call, "customer")
    return False


def h_downgrade(call, x):
    old = R.choice([99, 108, 128, 129, 158, 169, 198])
    new = R.choice([p for p in [19, 29, 38, 39, 49, 58, 59, 68, 79, 88] if p < old - 10])
    call.a(pick(["您现在是{o}的套餐，近三个月用量只有一半左右。", "系统显示您{o}的套餐，流量和通话都用不完。"]).format(o=yuan(old)))
    call.c(pick(["对，用不完。", "是的，我主要连WiFi。", "嗯，有点浪费。"]))
    call.a(pick(["有一档{n}的套餐按您的用量够用，每月能少{d}，没有合约，不收变更费。",
                 "可以换成每月{n}的套餐，比现在便宜{d}，下个月一号生效。"]).format(n=yuan(new), d=yuan(old - new)))
    if chance(0.5):
        call.c(pick(["就是说每个月从{o}变成{n}？".format(o=num(old), n=num(new)), "有没有其他附加条件？", "流量够吗？"]))
        call.a(pick(["月费{n}，本月还按原套餐收，没有其他附加条件。", "没有附加条件，也不影响您的号码和宽带。"]).format(n=yuan(new)))
    if chance(0.15):
        call.c(pick(["不用了，我习惯现在这个。", "先不换了，下个月可能出差。"]))
        call.a(pick(["好的，那保持不变，以后需要可以随时在APP里改。", "明白，不换也完全没关系。"]))
        goodbye(call)
        return True
    call.a(pick(["您需要的话我给您办理，不需要也完全没关系。", "您看要不要换？"]))
    call.c(pick(["好的，我同意办理。", "那换吧，好的，我同意办理。", "行，我同意换成这个。", "可以，我同意。"]))
    call.a(pick(["好的，收到您的明确同意，稍后{h}会发短信确认，办理过程不需要您提供任何验证码。",
                 "好的，已经记录您的同意，短信里会写明新月费，您不需要回复或转告任何验证码。"]).format(h=x.op["hot"]))
    goodbye(call, "customer")
    return True


def h_bill_reminder(call, x):
    owe = R.choice([8, 12, 23, 36, 57, 88])
    call.a(pick(["提醒您一下，您这个号码目前欠费{o}，是上个月的话费还没缴。", "您的账户余额不足，目前欠费{o}。"]).format(o=yuan(owe)))
    call.c(pick(["啊，我忘了。", "自动扣款没扣上吗？", "哦，好的。"]))
    call.a(pick(["按规定，本月{d}号前没缴会暂停通话，缴清后自动恢复。", "欠费超过本月{d}号会暂停部分功能，缴费后马上恢复。"]).format(d=num(R.choice([15, 20, 25]))))
    call.c(pick(["好，我今天交。", "知道了。"]))
    call.a(pick(["您可以在{app}或者支付宝、营业厅缴费，我们不会让您转账到任何个人账户。", "在{app}里就能交，也不需要向任何人提供验证码。"]).format(app=x.op["app"]))
    goodbye(call, "customer")
    return True


def h_outage(call, x):
    call.a(pick(["通知您一下，本周{w}凌晨{s}点到{e}点，您小区会进行线路维护，期间宽带会中断。",
                 "昨晚的大风导致您所在片区线路受损，目前正在抢修，预计今天{e}点前恢复。"]).format(
        w=pick("一二三四五"), s=num(1), e=num(R.choice([4, 5, 6, 16, 17]))))
    call.c(pick(["要多久？", "我说怎么没网。", "会不会补偿？"]))
    call.a(pick(["预计几个小时，恢复后会短信通知您。故障超过二十四小时会按天减免费用，自动处理。", "如果到时候没恢复，重启一下光猫，还不行就拨打{h}报障。"]).format(h=x.op["hot"]))
    call.c(pick(["明白了。", "好的。"]))
    goodbye(call)
    return False


def h_realname(call, x):
    call.a(pick(["根据实名制要求，我们在核对部分老用户的登记信息，只需要跟您确认，不需要您提供任何密码或者验证码。",
                 "这个电话只做实名复核，不办理业务，也不会要您的验证码。"]))
    call.c(pick(["哦，好的。", "行。"]))
    call.a(pick(["您的号码登记在您本人名下，证件是身份证，对吗？", "这个号码是您本人办理的吗？"]))
    call.c(pick(["对的。", "是我本人办的。"]))
    if chance(0.6):
        call.a(pick(["另外提醒您，有人自称客服让您念验证码、或者说要帮您取消会员，都不要理会，我们不会这样操作。",
                     "如果有人打电话说您号码要停机、让您念验证码认证，那是诈骗。"]))
        call.c(pick(["明白了。", "知道了，谢谢。"]))
    call.a(pick(["核对完成，不需要其他操作，也不会产生费用。", "信息已经核对完了，感谢配合。"]))
    goodbye(call, "customer")
    return True


def h_cancel_requested(call, x):
    svc, fee = pick([("彩铃", 5), ("视频会员", 15), ("定向流量包", 30), ("来电提醒", 3), ("云盘会员", 10), ("影视节目包", 20)])
    call.a(pick(["您昨天申请退订{s}，我们回电确认一下办理结果。", "您刚才在APP里申请取消{s}，我们跟您确认一下。"]).format(s=svc))
    call.c(pick(["对，是我申请的。", "对，不想用了。"]))
    call.a(pick(["您要退订的是每月{f}的{s}，是您之前自己订购的，退订后下个月起不再收费，对吗？", "确认一下，{s}，每月{f}，下月起停止收费。"]).format(s=svc, f=yuan(fee)))
    call.c(pick(["对，退掉。", "对的。"]))
    if chance(0.35):
        call.a(pick(["顺便问一句，需要了解便宜一点的版本吗？", "如果是觉得贵，有个半价版本，您需要了解吗？"]))
        call.c(pick(["不需要，直接退。", "不用了。"]))
        call.a(pick(["好的，不需要就不办。", "明白。"]))
    call.a(pick(["已按您的要求退订，这边直接操作，不需要您提供验证码。", "好的，已经退订成功，稍后有短信，您不需要回复。"]))
    goodbye(call, "customer")
    return True


def h_antifraud(call, x):
    call.a(pick(["最近有人冒充{s}客服，说用户有会员要扣费，让念验证码，我们提醒一下您。",
                 "我们监测到您的号码接到了疑似冒充客服的电话，给您做个防范提醒。"]).format(s=x.op["short"]))
    call.c(pick(["前两天是有人打电话说我有会员要扣费。", "哦，我还真接到过。", "是吗？"]))
    call.a(pick(["那是诈骗，您的号码上没有任何待扣费的会员。{s}不会打电话帮您取消会员，也不会让您念验证码。",
                 "验证码任何时候都不要告诉别人，包括自称客服的人。您号码上没有异常订购。"]).format(s=x.op["short"]))
    call.c(pick(["我没给他验证码。", "明白了。", "那我号码没事吧？"]))
    call.a(pick(["您做得对。不放心的话可以在{app}里查已订业务。", "没事的，这个电话不涉及任何办理。"]).format(app=x.op["app"]))
    goodbye(call, "customer")
    return True


def h_app_code_self(call, x):
    what = pick(["副卡开通", "套餐变更", "积分兑换", "携号转入", "宽带续约"])
    call.a(pick(["您在网上申请的{w}还差最后一步确认，我打电话提醒您。", "您提交的{w}申请需要您本人确认一下。"]).format(w=what))
    call.c(pick(["对，我申请过。", "是，需要怎么弄？"]))
    call.a(pick(["您打开{app}，在“我的订单”里点“确认办理”。", "在{app}首页找到这笔订单，点确认就行。"]).format(app=x.op["app"]))
    call.c(pick(["它说要输验证码。", "看到了，要输验证码。"]))
    call.a(pick(["对，验证码您直接在APP里自己输入就行，不用告诉我，任何人问您要都不要给。", "验证码您自己输，不要念给我，我们不需要。"]))
    call.c(pick(["好，输进去了，显示成功。", "好了。"]))
    call.a(pick(["好的，我这边看到已经完成了，费用跟您申请时页面显示的一样。", "好的，已经办好，没有额外费用。"]))
    goodbye(call, "customer")
    return True


def h_real_benefit(call, x):
    call.a(pick(["通知您一下，根据您的消费和在网时长，您的星级升为{s}星，可以免费使用机场贵宾厅和营业厅优先办理。",
                 "因为上个月您所在区域断网，按规定补偿您{g}通用流量，已经自动到账。",
                 "作为老用户，您本月获赠{g}流量，已经发放到账户，有效期到月底。"]).format(s=num(R.choice([5, 6, 7])), g=gb(R.choice([5, 10, 20]))))
    call.c(pick(["要我做什么吗？", "不用开通什么吧？", "收费吗？", "哦，有什么条件？"]))
    call.a(pick(["不用，自动生效，不需要办理任何业务，不收费，也不改变您的套餐。", "不需要开通，不需要验证码，也不会有任何扣费。"]))
    call.c(pick(["那挺好。", "好的，谢谢。"]))
    call.a(pick(["这个电话只是告知，不推荐任何业务。", "您在{app}里能查到。"]).format(app=x.op["app"]))
    goodbye(call, "customer")
    return True


def h_clear_upsell(call, x):
    item, fee = pick([("10G流量包", 20), ("夜间流量包", 10), ("5G提速包", 10), ("千兆宽带提速", 30), ("副卡", 10), ("4K节目包", 15)])
    call.a(pick(["您最近几个月都有超出，可以加一个{i}，每月{f}，这是要加钱的。", "给您介绍一个{i}，每月增加{f}，您需要吗？"]).format(i=item, f=yuan(fee)))
    call.c(pick(["每月多{}对吧？".format(yuan(fee)), "有合约吗？", "嗯，那还可以。"]))
    call.a(pick(["对，每月{f}，无合约，随时可退。您同意订购吗？", "确认一下，订购{i}，月费增加{f}，下月生效，您同意吗？"]).format(i=item, f=yuan(fee)))
    call.c(pick(["好的，我同意办理。", "同意，办吧。", "可以，我同意。"]))
    call.a(pick(["好的，收到您的同意，已为您办理，确认短信不需要回复。", "已办理，办理过程不需要您提供任何验证码。"]))
    goodbye(call, "customer")
    return True


def h_upsell_declined(call, x):
    call.a(pick(["顺便问一下，您需要了解一下我们的融合宽带吗？每月加{f}。", "有个视频会员加流量的权益包，每月{f}，您需要吗？"]).format(f=yuan(R.choice([10, 20, 30]))))
    call.c(pick(["不需要，谢谢。", "不用了。", "暂时不要。"]))
    call.a(pick(["好的，不需要就不办，打扰了。", "明白，那就不给您推荐了。"]))
    call.c(pick(["嗯。", "好。"]))
    goodbye(call)
    return True


def h_trial_end(call, x):
    mem, fee = pick([("视频会员", 15), ("超高清会员", 20), ("云盘会员", 10), ("音乐会员", 8)])
    call.a(pick(["上个月您在{app}里领取了{m}一个月免费试用，还记得吗？", "您之前在APP里自己订了{m}的试用，对吗？"]).format(app=x.op["app"], m=mem))
    call.c(pick(["对，我领过。", "记得，我在用。"]))
    call.a(pick(["提醒您，试用本月底结束，您当时勾选了自动续订，之后每月{f}。", "试用快到期了，到期后按每月{f}续费，提前告知您。"]).format(f=yuan(fee)))
    if chance(0.5):
        call.c(pick(["那不续了，你帮我关了吧。", "不要了，关掉。"]))
        call.a(pick(["好的，您明确要求关闭，已为您关闭自动续订，不需要您提供验证码。", "好的，已经关了，到期后不会扣费。"]))
    else:
        call.c(pick(["我还要用，续吧。", "知道了，我自己在APP里看看。"]))
        call.a(pick(["好的，不想续的话在APP“已订业务”里自己关闭就行。", "好的，关闭的话您自己在APP里操作，不需要告诉任何人验证码。"]))
    goodbye(call, "customer")
    return True


def h_rude_customer(call, x):
    call.c(pick(["又是你们，烦不烦啊！", "你们天天打电话，有完没完！", "又推销是吧？"]))
    call.a(pick(["抱歉打扰，您上周的投诉我们来回复处理结果，不推销任何业务。", "很抱歉打扰您，我只是回复您的账单疑问。"]))
    call.c(pick(["那你快说。", "快点。"]))
    call.a(pick(["多出的{a}是超出套餐的流量费，详单在{app}里可以查。", "您上月多出的{a}是长途通话费，可以在{app}查详单。"]).format(a=yuan(R.choice([15, 20, 30])), app=x.op["app"]))
    call.c(pick(["你们就是骗钱！", "胡扯，我没用那么多！"]))
    call.a(pick(["理解您的心情，如果核对后有疑问，可以提交复核，您需要吗？", "很抱歉让您不满意，我可以帮您提交复核。"]))
    call.c(pick(["……提交吧。", "行吧。"]))
    call.a(pick(["好的，已经提交，三个工作日内有人联系您。", "已提交复核，再见。"]))
    return True


def h_usage_alert(call, x):
    call.a(pick(["提醒您，本月通用流量已经用了百分之{p}，离月底还有{d}天。", "您本月流量快用完了，还剩{g}左右。"]).format(
        p=num(R.choice([80, 85, 90])), d=num(R.randint(5, 12)), g=gb(R.randint(1, 4))))
    call.c(pick(["哦，这个月用得快。", "超出怎么收？"]))
    call.a(pick(["超出按每G{a}计费，您可以在{app}里设置用完即停，不收费。", "您可以在{app}里自己设置提醒，这个电话不需要您办理任何业务。"]).format(a=yuan(R.choice([3, 5])), app=x.op["app"]))
    call.c(pick(["好，谢谢提醒。", "知道了。"]))
    goodbye(call)
    return False


def h_repair(call, x):
    call.a(pick(["您前天报修的宽带故障，师傅已经处理了，现在恢复正常了吗？", "您投诉的信号问题，网络部门已经调整了基站，最近有改善吗？"]))
    call.c(pick(["恢复了。", "好多了。", "还是有点问题。"]))
    call.a(pick(["师傅有没有收取额外费用？", "对这次处理结果您满意吗？"]))
    call.c(pick(["没有收费。", "满意。", "还行吧。"]))
    call.a(pick(["好的，谢谢您。如果再有问题随时拨打{h}。", "好的，维修不收费，有问题再联系我们。"]).format(h=x.op["hot"]))
    goodbye(call, "customer")
    return False


HONEST = [
    ("satisfaction_survey", h_satisfaction, 10, ["用户满意度回访", "服务质量调查", "满意度回访"]),
    ("package_downgrade_agree", h_downgrade, 14, ["套餐优化回访", "套餐使用回访", "资费体检"]),
    ("bill_overdue_reminder", h_bill_reminder, 7, ["缴费提醒", "账户提醒"]),
    ("outage_notice", h_outage, 6, ["故障通知", "维护通知"]),
    ("realname_check_no_code", h_realname, 8, ["实名信息核对", "实名复核"]),
    ("requested_cancel_confirm", h_cancel_requested, 8, ["退订回访", "业务办理回访"]),
    ("antifraud_reminder", h_antifraud, 7, ["防诈骗提醒", "安全提醒"]),
    ("app_code_self_entry", h_app_code_self, 6, ["订单确认提醒", "业务办理提醒"]),
    ("real_free_benefit", h_real_benefit, 7, ["权益告知", "服务回访"]),
    ("clear_price_upsell_agree", h_clear_upsell, 7, ["套餐使用回访", "流量使用回访"]),
    ("upsell_declined_accepted", h_upsell_declined, 5, ["服务回访", "用户回访"]),
    ("real_trial_end_reminder", h_trial_end, 6, ["续费提醒", "业务到期提醒"]),
    ("rude_customer_polite_agent", h_rude_customer, 4, ["投诉回复", "账单疑问回复"]),
    ("usage_alert", h_usage_alert, 4, ["流量提醒", "用量提醒"]),
    ("repair_followup", h_repair, 5, ["维修回访", "投诉处理回访"]),
]


# ---------------------------------------------------------------- surface noise
TRAD_WORDS = [("会员", "會員"), ("验证码", "驗證碼"), ("话费", "話費"), ("号码", "號碼"), ("这边", "這邊"), ("帮您", "幫您"),
              ("办理", "辦理"), ("优惠", "優惠"), ("费用", "費用"), ("开通", "開通"), ("业务", "業務"), ("这里", "這裡"),
              ("请问", "請問"), ("机主", "機主"), ("电信", "電信"), ("联通", "聯通"), ("移动", "移動"), ("广电", "廣電"),
              ("短信", "短訊"), ("时间", "時間"), ("确认", "確認"), ("认证", "認證")]


def trad(text):
    for s, t in TRAD_WORDS:
        if s in text and chance(0.75):
            text = text.replace(s, t)
    return text


def asr_noise(text):
    out = []
    for ch in text:
        if ch == "，" and chance(0.45):
            out.append(" ")
        elif ch in "。" and chance(0.5):
            continue
        else:
            out.append(ch)
    return "".join(out).strip() or text


def mixed_punct(text):
    return text.replace("，", ",") if chance(0.6) else text.replace("？", "?").replace("！", "!")


def surface(turns):
    style = R.random()
    t_on = chance(0.11)
    out = []
    for spk, text, labels in turns:
        if style < 0.2:
            text = asr_noise(text)
        elif style < 0.4:
            text = mixed_punct(text)
        if t_on and spk != "customer":
            text = trad(text)
        out.append({"speaker": spk, "text": text, "labels": labels})
    return out


# ---------------------------------------------------------------- assembly
def weighted(items, wi):
    tot = sum(it[wi] for it in items)
    v = R.uniform(0, tot)
    for it in items:
        v -= it[wi]
        if v <= 0:
            return it
    return items[-1]


HARD_NEG = {"package_downgrade_agree", "bill_overdue_reminder", "realname_check_no_code", "requested_cancel_confirm",
            "antifraud_reminder", "app_code_self_entry", "real_free_benefit", "clear_price_upsell_agree",
            "upsell_declined_accepted", "real_trial_end_reminder", "rude_customer_polite_agent"}


def short_scam(call, x):
    op = x.op
    k = R.randrange(4)
    if k == 0:
        call.a(pick(["您好，我是{n}客服，您是我们的星级用户，每月免费给您加{g}流量，套餐资费不变。",
                     "{s}客服，恭喜您被选为回馈用户，每月多送{g}，不花一分钱，资费不变。"]).format(n=op["name"], s=op["short"], g=gb(R.choice([10, 15, 20]))), FR, CC)
        call.c(pick(["哦……", "嗯。", "这样啊……"]))
        call.a(pick(["好的，那我直接帮您办理了，下月生效。", "好的，已经帮您确认了，再见。"]), CB)
        call.c(pick(["喂？我没说要啊。", "等一下……", "什么？"]))
        return "short_star_bump"
    if k == 1:
        call.a(pick(["您好{s}客服，您赠送的{m}下个月开始扣费了，需要帮您取消吗？", "您好，这边是{n}，您的{m}明天自动续费，要取消吗？"]).format(
            s=op["short"], n=op["name"], m=pick(MEMBERS)), FC)
        call.c(pick(["要取消。", "我没开过啊，取消。"]))
        call.a(pick(["{h}会给您发一个{x}验证码，您念给我就行。", "您把收到的验证码报给我，我帮您取消。"]).format(h=op["hot"], x=six()), CR)
        call.c(pick(["我不念，挂了。", "好，是{}。".format(code_read()), "验证码不能给别人。"]))
        return "short_fake_member_cancel"
    if k == 2:
        call.a(pick(["您好，{n}客服，您的号码今天不完成认证就停机，请马上把收到的验证码告诉我。", "{s}客服，您的号码涉嫌违规，两小时后停机，赶紧配合核验。"]).format(
            n=op["name"], s=op["short"]), PR, CR) if chance(0.5) else call.a(pick(["{s}客服，您的号码涉嫌违规，两小时后停机，现在必须处理。"]).format(s=op["short"]), PR)
        call.c(pick(["我不信，我自己去营业厅。", "你是骗子吧。"]))
        call.a(pick(["你这人怎么不识好歹，停了别后悔。", "随便你，有你哭的时候。"]), AB, PR)
        call.c(pick(["……", "挂了。"]))
        return "short_threat"
    call.a(pick(["您好，{s}客服，给您推荐个5G包，每月二十，很多人都办了。", "您好{s}客服，给您升级个流量包，一个月十九块。"]).format(s=op["short"]))
    call.c(pick(["不需要。", "不要，谢谢。"]))
    call.a(pick(["您先别挂，今天最后一天，错过就没了。", "再考虑一下嘛，真的很划算。"]), PR)
    call.c(pick(["说了不要。", "不要。"]))
    if chance(0.6):
        call.a(pick(["浪费我时间，真是的。", "你这人怎么回事。"]), AB)
    return "short_refusal_push"


def short_honest(call, x):
    op = x.op
    k = R.randrange(4)
    if k == 0:
        call.a("您好，{n}{h}，{c}您好，提醒您话费余额不足{a}，可以在{app}缴费，我们不会让您转账到个人账户。".format(
            n=op["name"], h=op["hot"], c=x.n, a=yuan(R.choice([5, 10, 20])), app=op["app"]))
        call.c(pick(["好的，知道了。", "行，我一会交。"]))
        call.a("好的，再见。")
        call.c("再见。")
        return "short_balance_reminder", True
    if k == 1:
        call.a("您好，这里是{n}，您刚才拨打{h}，问题解决了吗？满意请说满意。".format(n=op["name"], h=op["hot"]))
        call.c(pick(["满意。", "解决了，满意。"]))
        call.a("感谢您的评价，再见。")
        call.c("再见。")
        return "short_hotline_survey", False
    if k == 2:
        call.a("您好，{n}客服，您申请退订的{m}已经退订成功，下月起不再收费，不需要您提供任何验证码。".format(n=op["name"], m=pick(MEMBERS)))
        call.c(pick(["好的，谢谢。", "好。"]))
        call.a("好的，再见。")
        call.c("再见。")
        return "short_cancel_done", True
    call.a("您好，{s}客服提醒，今晚一点到五点线路维护，期间宽带会中断，给您带来不便请谅解。".format(s=op["short"]))
    call.c(pick(["知道了。", "好的。"]))
    call.a("谢谢，再见。")
    call.c("再见。")
    return "short_maintenance_notice", False


def backchannel(turns):
    out = []
    for t in turns:
        if out and out[-1][0] == "agent" and t[0] == "agent" and chance(0.8):
            out.append(["customer", pick(["嗯。", "好。", "哦。", "嗯嗯。", "然后呢？"]), []])
        out.append(t)
    return out


def gen_call(i, honest):
    opk = pick(["cmcc", "cmcc", "unicom", "telecom", "cbn"])
    x = Ctx(opk)
    call = Call()
    size = pick([0, 1, 1, 2, 2, 2, 3, 3, 3])
    if chance(0.09):
        if honest:
            name, hard = short_honest(call, x)
        else:
            name = short_scam(call, x)
            hard = False
    elif honest:
        name, fn, _, purposes = weighted(HONEST, 2)
        if name == "rude_customer_polite_agent":
            call.a(pick(["您好，这里是{n}客服，请问是机主{c}吗？", "您好，{n}{h}，请问是{c}吗？"]).format(n=x.op["name"], h=x.op["hot"], c=x.n))
            fn(call, x)
        else:
            if size == 0 and chance(0.5):
                call.a(pick(["您好，{n}{h}，请问是机主{c}吗？{p}。", "您好，这里是{n}，{c}您好，给您做个{p}。"]).format(
                    n=x.op["name"], h=x.op["hot"], c=x.n, p=pick(purposes)))
                call.c(pick(["是我。", "嗯，你说。", "对。"]))
            else:
                opening(call, x, pick(purposes))
            check_block(call, x, size)
            fn(call, x)
        hard = name in HARD_NEG
    else:
        name, fn, _ = weighted(SCAMS, 2)
        if size == 0 and chance(0.4):
            call.a(pick(["您好，{n}客服，请问是机主吗？", "喂，您好，我是{s}客服。"]).format(n=x.op["name"], s=x.op["short"]))
            call.c(pick(["是。", "嗯，什么事？", "对。"]))
        else:
            opening(call, x, pick(SCAM_PURPOSE))
        check_block(call, x, size)
        fn(call, x)
        hard = False
    turns = surface(backchannel(call.turns))[:30]
    labels = sorted({l for t in turns for l in t["labels"]})
    return {"id": "z07-%04d" % i, "lang": "zh", "deceptive": bool(labels), "labels": labels, "turns": turns,
            "source": "writer:z07", "scenario": "%s_%s" % (opk, name), "hard_negative": bool(hard and not labels),
            "written": "generator"}


def main():
    subprocess.run([sys.executable, os.path.join(HERE, "build_hand.py")], check=True)
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8")]
    rows = list(hand)
    start = len(hand) + 1
    # honest share of generated calls chosen so overall honest share lands near 45%
    plan = [True] * 124 + [False] * (N_GEN - 124)
    R.shuffle(plan)
    for k, honest in enumerate(plan):
        rows.append(gen_call(start + k, honest))
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("calls.jsonl: %d calls (%d hand, %d generated)" % (len(rows), len(hand), len(rows) - len(hand)))


if __name__ == "__main__":
    main()
