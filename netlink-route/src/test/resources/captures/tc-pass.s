# The smallest tc eBPF classifier: "return TC_ACT_OK". capture-route.sh assembles it with
#   llvm-mc -triple bpfel -filetype=obj -o tc-pass.o tc-pass.s
# (no clang here) for the `tc filter ... bpf da obj tc-pass.o sec tc` capture.
	.section	tc,"ax",@progbits
	.p2align	3
	.globl	pass
	.type	pass,@function
pass:
	r0 = 0
	exit
.Lpass_end:
	.size	pass, .Lpass_end-pass

	.section	license,"aw",@progbits
	.globl	_license
	.type	_license,@object
_license:
	.asciz	"GPL"
	.size	_license, 4
